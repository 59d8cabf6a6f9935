import { useEffect, useState, type InputHTMLAttributes } from 'react';

/**
 * A number field that lets the user clear it and type: the text is local, and `onValue` hears only
 * valid numbers (comma or point as the decimal mark), clamped to [min, max]. Leaving the field shows
 * the value in force again.
 */
export function NumberInput({ value, min, max, integer = false, onValue, ...rest }: {
  value: number;
  min: number;
  max: number;
  integer?: boolean;
  onValue: (value: number) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'min' | 'max' | 'onChange' | 'type'>) {
  const [text, setText] = useState(String(value));
  useEffect(() => {
    setText((current) => (parse(current, integer) === value ? current : String(value)));
  }, [value, integer]);
  return (
    <input
      {...rest}
      type="text"
      inputMode={integer ? 'numeric' : 'decimal'}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const v = parse(e.target.value, integer);
        if (v !== null) onValue(Math.min(max, Math.max(min, v)));
      }}
      onBlur={() => setText(String(value))}
    />
  );
}

function parse(text: string, integer: boolean): number | null {
  if (text.trim() === '') return null;
  const v = Number(text.trim().replace(',', '.'));
  if (!Number.isFinite(v) || (integer && !Number.isInteger(v))) return null;
  return v;
}
