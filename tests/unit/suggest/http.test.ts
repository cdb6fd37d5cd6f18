import { afterEach, describe, expect, it } from 'vitest';
import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { postApi as api, testHosts } from '../../helpers/host';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const hosts = testHosts(temp);
afterEach(async () => {
  await hosts.stop();
  await temp.cleanup();
});

describe('suggestions over the browser-mode HTTP host', () => {
  it('suggests, accepts and rejects through the same contract the renderer uses', async () => {
    const { host } = await hosts.start();

    const added = await api(host, 'addDocument', { text: ARABIC_ARTICLE });
    const documentId = added.body.value.id;
    const suggested = await api(host, 'suggestAnnotations', { documentId });
    expect(suggested.status).toBe(200);
    const quote = suggested.body.value.suggestions.find(
      (s: { type: string; text: string }) => s.type === 'quote' && s.text === 'الوضع تحت السيطرة',
    );
    expect(quote.attributes.speakerName).toBe('خالد العمري');

    const accepted = await api(host, 'acceptSuggestions', { documentId, suggestions: [quote] });
    expect(accepted.body.value.annotations[0]).toMatchObject({ type: 'quote', origin: 'suggested', text: quote.text });

    const figure = suggested.body.value.suggestions.find((s: { type: string }) => s.type === 'figure');
    const rejected = await api(host, 'rejectSuggestion', {
      documentId,
      type: figure.type,
      start: figure.start,
      end: figure.end,
      text: figure.text,
    });
    expect(rejected.body.value.rejected).toBe(1);
    const after = await api(host, 'suggestAnnotations', { documentId });
    const ids = after.body.value.suggestions.map((s: { id: string }) => s.id);
    expect(ids).not.toContain(figure.id);
    expect(ids).not.toContain(quote.id);

    const bad = await api(host, 'suggestAnnotations', { documentId: '../x' });
    expect(bad.body).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'documentId' } });
  });
});
