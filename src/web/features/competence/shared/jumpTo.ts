/**
 * In-page links ("on this page", "go to the answer") that do not touch the address, which the router
 * owns: the target heading is focused instead, which also scrolls it into view. Without JavaScript
 * the `#id` link would do the same.
 */
import type { MouseEvent } from 'react';

export function jumpTo(id: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  };
}
