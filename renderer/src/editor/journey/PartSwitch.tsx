// The switch at the top of a journey tab that turns a whole part on or off (the sales side,
// account mode), with the line that says what on or off means.
export function PartSwitch({ on, onChange, label, hint, testId }: { on: boolean; onChange: (on: boolean) => void; label: string; hint: string; testId: string }) {
  return (
    <div className="sales-form__switch">
      <label className="inspector__check">
        <input type="checkbox" role="switch" checked={on} onChange={(e) => onChange(e.target.checked)} data-testid={`${testId}-enabled`} />
        <strong>{label}</strong>
      </label>
      <p className="inspector__hint" data-testid={`${testId}-enabled-hint`}>
        {hint}
      </p>
    </div>
  );
}
