import { useSearchParams } from 'react-router';

/**
 * A list's state kept in the URL, so "back" returns to the same search and page. Any change but
 * paging starts again at page 1; `replaceFor` says which changes replace the history entry (all by default).
 */
export function useUrlParams<P extends { page: number }>(
  read: (sp: URLSearchParams) => P,
  write: (p: P) => URLSearchParams,
  replaceFor: (patch: Partial<P>) => boolean = () => true,
) {
  const [sp, setSp] = useSearchParams();
  const params = read(sp);
  const update = (patch: Partial<P>) => {
    setSp(
      (prev) => {
        const next = { ...read(prev), ...patch };
        if (!('page' in patch)) next.page = 1;
        return write(next);
      },
      { replace: replaceFor(patch) },
    );
  };
  return { params, update };
}
