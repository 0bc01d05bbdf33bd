// Small inline icons of a device's state (battery, mains power, encryption): drawn in SVG so they show on consoles
// without an emoji font. Must not carry meaning alone: callers always put the words beside them.
const common = {
  width: 18,
  height: 18,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  className: 'dev-icon',
} as const;

export function BatteryIcon({ low }: { low: boolean }) {
  return (
    <svg {...common} aria-hidden="true">
      <rect x="2" y="7" width="18" height="10" rx="2" />
      <path d="M22 11v2" />
      {low ? <rect x="4" y="9" width="3" height="6" fill="currentColor" stroke="none" /> : null}
      {low ? null : <rect x="4" y="9" width="14" height="6" fill="currentColor" stroke="none" />}
    </svg>
  );
}

export function PlugIcon({ lost }: { lost: boolean }) {
  return (
    <svg {...common} aria-hidden="true">
      <path d="M9 2v6M15 2v6M6 8h12v4a6 6 0 0 1-12 0zM12 18v4" />
      {lost ? <path d="M3 3l18 18" /> : null}
    </svg>
  );
}

export function LockIcon({ locked }: { locked: boolean }) {
  return (
    <svg {...common} aria-hidden="true">
      <rect x="4" y="11" width="16" height="10" rx="2" />
      <path d={locked ? 'M8 11V7a4 4 0 0 1 8 0v4' : 'M8 11V7a4 4 0 0 1 7.5-2'} />
    </svg>
  );
}
