import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useDesk } from './desk.store';

/**
 * Desk settings: the shared git repository and its token, and who I am. The token is never
 * shown back (the server only says whether one is stored); an empty field keeps it.
 */
export function RemoteDialog() {
  const sync = useDesk((s) => s.sync);
  const error = useDesk((s) => s.remoteError);
  const saving = useDesk((s) => s.remoteSaving);
  const annotator = useDesk((s) => s.annotator);
  const { saveRemote, closeRemote, openAnnotatorPrompt } = useDesk.getState();
  const [url, setUrl] = useState(sync?.remoteUrl ?? '');
  const [username, setUsername] = useState('');
  const [token, setToken] = useState('');
  const [forgetToken, setForgetToken] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const stored = sync?.credentials.present ?? false;

  useEffect(() => {
    const el = dialog.current;
    el?.showModal();
    return () => el?.close();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    void saveRemote({ url, token, username, forgetToken });
  }

  const urlError = error?.field === 'url' ? error.message : null;
  const tokenError = error?.field === 'token' ? error.message : null;
  return (
    <dialog
      ref={dialog}
      className="dialog desk-dialog"
      aria-label="Desk settings"
      onCancel={(event) => {
        event.preventDefault();
        closeRemote();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2>Desk settings</h2>
        <p className="desk-me">
          Annotating as <bdi dir="auto">{annotator?.name ?? '…'}</bdi> <bdi dir="ltr">&lt;{annotator?.email ?? ''}&gt;</bdi>{' '}
          <button type="button" className="link" onClick={openAnnotatorPrompt}>
            Change…
          </button>
        </p>
        <label>
          Shared repository
          <span className="hint">The https:// address of the desk’s git repository (Gitea, GitLab, GitHub or any git server).</span>
          <input
            name="remote-url"
            dir="ltr"
            value={url}
            placeholder="https://git.example.org/desk/corpus.git"
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? 'remote-url-error' : undefined}
            onChange={(e) => setUrl(e.target.value)}
          />
          {urlError && (
            <span id="remote-url-error" role="alert" className="field-error" dir="auto">
              {urlError}
            </span>
          )}
        </label>
        <label>
          User name <span className="hint">(optional; most servers accept any name with a token)</span>
          <input name="remote-user" dir="ltr" value={username} autoComplete="off" onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          Token
          <span className="hint">
            {stored ? 'A token is stored for this repository. Leave empty to keep it.' : 'No token stored. '} Kept outside the corpus (
            {sync?.credentials.source ?? 'a file only you can read'}), never shown again.
          </span>
          <input
            name="remote-token"
            type="password"
            dir="ltr"
            value={token}
            autoComplete="new-password"
            placeholder={stored ? '•••••••• (stored)' : ''}
            aria-invalid={tokenError ? true : undefined}
            onChange={(e) => setToken(e.target.value)}
          />
          {tokenError && (
            <span role="alert" className="field-error">
              {tokenError}
            </span>
          )}
        </label>
        {stored && (
          <label className="choice">
            <input type="checkbox" checked={forgetToken} onChange={(e) => setForgetToken(e.target.checked)} />
            <span>Forget the stored token</span>
          </label>
        )}
        {error && error.field === null && (
          <p role="alert" className="dialog-error" dir="auto">
            {error.message}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={closeRemote}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
