import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type { z } from 'zod';
import { isApiError } from '../../api/api-error';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import { toastError } from '../toast/toast-store';
import { serverIssueMap, zodIssueMap, type IssueMap, type IssueText } from './issues';

export interface FormOptions<V, S extends z.ZodType> {
  readonly initial: V;
  /** The API input the values stand for; validated with the contract's own schema as the person types. */
  readonly toInput: (values: V) => unknown;
  readonly schema: S;
  /** Saves, and returns the values as saved (the form starts again from them). */
  readonly onSubmit: (input: z.output<S>) => Promise<V>;
}

export interface Form<V> {
  readonly values: V;
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly submitted: boolean;
  /** How many fields have a visible problem. */
  readonly problemCount: number;
  readonly formRef: RefObject<HTMLFormElement | null>;
  readonly update: (path: string, change: (values: V) => V) => void;
  readonly touch: (path: string) => void;
  readonly issueFor: (path: string) => IssueText | undefined;
  readonly submit: () => Promise<void>;
  readonly reset: (values: V) => void;
  /** Back to the values last loaded or saved. */
  readonly revert: () => void;
}

/** "phones.1.raw" is inside "phones.1" and "phones": touching a field also touches the groups around it. */
const withParents = (path: string) => path.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'));

const focusFirstProblem = (form: HTMLFormElement | null) =>
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

/**
 * Form state over plain values: dirty tracking, the unsaved-changes guard, live validation with the contract's
 * schema, and the server's Validation issues placed beside their fields. A problem shows once its field was left
 * (or after the first save attempt) and then follows every keystroke; a server issue stays until its field changes.
 */
export function useForm<V, S extends z.ZodType>(options: FormOptions<V, S>): Form<V> {
  const [initial, setInitial] = useState(options.initial);
  const [values, setValues] = useState(options.initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverIssues, setServerIssues] = useState<IssueMap>(new Map());
  const formRef = useRef<HTMLFormElement>(null);

  const { toInput, schema, onSubmit } = options;
  const parsed = useMemo(() => schema.safeParse(toInput(values)), [schema, toInput, values]);
  const clientIssues = useMemo(() => zodIssueMap(parsed.success ? undefined : parsed.error), [parsed]);
  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(initial), [values, initial]);
  useUnsavedChanges(dirty);

  const visible = useCallback(
    (path: string) => serverIssues.get(path) ?? (submitted || touched.has(path) ? clientIssues.get(path) : undefined),
    [serverIssues, clientIssues, submitted, touched],
  );

  const problemCount = useMemo(() => {
    const paths = new Set([...serverIssues.keys(), ...clientIssues.keys()]);
    return [...paths].filter((p) => visible(p) !== undefined).length;
  }, [serverIssues, clientIssues, visible]);

  const touch = useCallback((path: string) => {
    setTouched((t) => (withParents(path).every((p) => t.has(p)) ? t : new Set([...t, ...withParents(path)])));
  }, []);

  const update = useCallback((path: string, change: (values: V) => V) => {
    setValues(change);
    setServerIssues((m) => {
      if (![...m.keys()].some((k) => k === path || k.startsWith(`${path}.`) || path.startsWith(`${k}.`))) return m;
      return new Map([...m].filter(([k]) => !(k === path || k.startsWith(`${path}.`) || path.startsWith(`${k}.`))));
    });
  }, []);

  const submit = useCallback(async () => {
    setSubmitted(true);
    if (!parsed.success) {
      focusFirstProblem(formRef.current);
      return;
    }
    setSaving(true);
    try {
      const saved = await onSubmit(parsed.data);
      setInitial(saved);
      setValues(saved);
      setTouched(new Set());
      setSubmitted(false);
      setServerIssues(new Map());
    } catch (error) {
      if (isApiError(error) && error.kind === 'Validation' && error.issues.length > 0) {
        setServerIssues(serverIssueMap(error.issues));
        focusFirstProblem(formRef.current);
      } else toastError(error);
    } finally {
      setSaving(false);
    }
  }, [parsed, onSubmit]);

  const reset = useCallback((next: V) => {
    setInitial(next);
    setValues(next);
    setTouched(new Set());
    setSubmitted(false);
    setServerIssues(new Map());
  }, []);

  const revert = useCallback(() => reset(initial), [reset, initial]);

  return {
    values,
    dirty,
    saving,
    submitted,
    problemCount,
    formRef,
    update,
    touch,
    issueFor: visible,
    submit,
    reset,
    revert,
  };
}
