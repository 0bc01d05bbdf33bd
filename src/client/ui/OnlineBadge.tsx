// Shows whether the device is online: a dot plus a word, so it does not rely on colour alone.
// Must not detect anything: the caller passes `online` (useOnline) and the words.
interface OnlineBadgeProps {
  online: boolean;
  onlineLabel: string;
  offlineLabel: string;
}

export function OnlineBadge({ online, onlineLabel, offlineLabel }: OnlineBadgeProps) {
  return (
    <span
      className={online ? 'net-badge net-badge--online' : 'net-badge net-badge--offline'}
      role="status"
      data-testid="net-status"
      data-online={online}
    >
      <span className="net-badge__dot" aria-hidden="true" />
      {online ? onlineLabel : offlineLabel}
    </span>
  );
}
