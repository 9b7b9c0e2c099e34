/** A link inside the app: navigates without reloading the page on a plain click. */
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { Link } from 'suomifi-ui-components';
import { isPlainClick, navigate } from '../app/router.ts';

interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'children'> {
  href: string;
  children: ReactNode;
}

/** Returns a click handler that routes `href` in-app, leaving new-tab clicks to the browser. */
export function routeOnClick(href: string, after?: () => void) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    navigate(href);
    after?.();
  };
}

export function AppLink({ href, children, onClick, ...rest }: AppLinkProps) {
  const route = routeOnClick(href);
  return (
    <Link
      href={href}
      onClick={(event) => {
        onClick?.(event);
        route(event);
      }}
      {...rest}
    >
      {children}
    </Link>
  );
}
