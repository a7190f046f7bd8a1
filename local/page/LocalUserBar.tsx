import * as React from 'react';

interface LocalUser {
  login: string;
  name: string;
  email: string;
  role: 'Owner' | 'Member' | 'Visitor' | string;
}

const COOKIE = 'local-user';

function currentCookieUser(): string | undefined {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${COOKIE}=`));
  return match ? decodeURIComponent(match.slice(COOKIE.length + 1)) : undefined;
}

/**
 * Local-only: pick which test user the local SharePoint server treats you as.
 * Styled as a plain developer strip so nobody mistakes it for product UI.
 */
export function LocalUserBar(): JSX.Element {
  const [users, setUsers] = React.useState<LocalUser[]>([]);
  const [error, setError] = React.useState<string>();
  const selected = currentCookieUser();

  React.useEffect(() => {
    let active = true;
    fetch('/_local/users')
      .then((response) => response.json() as Promise<LocalUser[]>)
      .then((list) => active && setUsers(list))
      .catch(() => active && setError('Could not load the local test users.'));
    return () => {
      active = false;
    };
  }, []);

  const choose = (event: React.ChangeEvent<HTMLSelectElement>): void => {
    document.cookie = `${COOKIE}=${encodeURIComponent(event.target.value)}; path=/; SameSite=Strict`;
    window.location.reload();
  };

  // The server accepts a login or an email in the cookie; show whichever user it names.
  const current = users.find((user) => user.login === selected || user.email.toLowerCase() === selected?.toLowerCase()) ?? users.find((user) => user.role === 'Owner');
  return (
    <div role="region" aria-label="Local development tools" style={{ background: '#fff4ce', color: '#323130', padding: '4px 12px', fontSize: 13, borderBottom: '1px solid #c8c6c4' }}>
      <label>
        <strong>Local only</strong> – signed in as:{' '}
        <select value={current?.login ?? ''} onChange={choose} disabled={users.length === 0}>
          {users.map((user) => (
            <option key={user.login} value={user.login}>
              {user.name} ({user.role})
            </option>
          ))}
        </select>
      </label>
      {error && <span role="alert"> {error}</span>}
    </div>
  );
}
