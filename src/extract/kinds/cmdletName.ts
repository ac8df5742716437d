/** PowerShell's approved verbs (Get-Verb), so `Verb-Noun` finds cmdlets and not hyphenated words. */
export const VERBS = [
  'Add', 'Approve', 'Assert', 'Backup', 'Block', 'Checkpoint', 'Clear', 'Close', 'Compare', 'Complete', 'Compress', 'Confirm',
  'Connect', 'Convert', 'ConvertFrom', 'ConvertTo', 'Copy', 'Debug', 'Deny', 'Deploy', 'Disable', 'Disconnect', 'Dismount',
  'Edit', 'Enable', 'Enter', 'Exit', 'Expand', 'Export', 'Find', 'Format', 'Get', 'Grant', 'Group', 'Hide', 'Import',
  'Initialize', 'Install', 'Invoke', 'Join', 'Limit', 'Lock', 'Measure', 'Merge', 'Mount', 'Move', 'New', 'Open', 'Optimize',
  'Out', 'Ping', 'Pop', 'Protect', 'Publish', 'Push', 'Read', 'Receive', 'Redo', 'Register', 'Remove', 'Rename', 'Repair',
  'Request', 'Reset', 'Resize', 'Resolve', 'Restart', 'Restore', 'Resume', 'Revoke', 'Save', 'Search', 'Select', 'Send',
  'Set', 'Show', 'Skip', 'Split', 'Start', 'Step', 'Stop', 'Submit', 'Suspend', 'Switch', 'Sync', 'Test', 'Trace',
  'Unblock', 'Undo', 'Uninstall', 'Unlock', 'Unprotect', 'Unpublish', 'Unregister', 'Update', 'Use', 'Wait', 'Watch', 'Write',
];
export const CMDLET = new RegExp(`\\b(?:${VERBS.join('|')})-[A-Z][A-Za-z0-9]+\\b`, 'g');
