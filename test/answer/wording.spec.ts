import { describe, expect, it } from 'vitest';
import { SAME_WORDING, sameWording } from '../../src/answer/wording.js';

describe('a question worded as a FAQ entry is', () => {
  it('alike when it says the entry\'s words, the small ones too', () => {
    expect(sameWording("How will I know when it's my turn to migrate to Cloud Sync?", 'how will i know when to migrate to cloud sync')).toBeGreaterThanOrEqual(SAME_WORDING);
  });

  it('alike when the entry\'s page says the rest ("How long does migration take?" of the FAQ on migrating to cloud sync)', () => {
    const asked = 'how long does migrating to cloud sync take';
    expect(sameWording('How long does migration take?', asked, 'Migrate from Microsoft Entra Connect Sync to Cloud Sync FAQ')).toBeGreaterThanOrEqual(SAME_WORDING);
    expect(sameWording('How long does migration take?', asked, 'Connect Health FAQ')).toBe(0);
  });

  it('not alike when it asks about a word the entry doesn\'t say ("enable" of "disable")', () => {
    expect(sameWording('How can I disable Seamless SSO?', 'how do i enable seamless sso')).toBe(0);
    expect(sameWording('Do I need to enable auditing on the web application proxy servers?', 'do I need an agent on the web application proxy server')).toBe(0);
  });

  it('alike when it states the case and asks "what now", as the entry asks "What if …?"', () => {
    const entry = "What if my organization can't migrate within the recommended window?";
    expect(sameWording(entry, "we can't migrate in the recommended window, what now")).toBeGreaterThanOrEqual(SAME_WORDING);
    expect(sameWording(entry, "we can't migrate within the recommended window - what should we do?")).toBeGreaterThanOrEqual(SAME_WORDING);
  });

  it('not alike when it opens another way ("which …" is not "do I …")', () => {
    expect(sameWording('Do I need to install the agent on the proxy server?', 'which agent do I install on the proxy server')).toBe(0);
  });

  it('not alike when the entry says much more than is asked', () => {
    expect(sameWording('How long does it take to sync a password change from the on-premises directory to the cloud?', 'how long does it take')).toBeLessThan(SAME_WORDING);
  });
});
