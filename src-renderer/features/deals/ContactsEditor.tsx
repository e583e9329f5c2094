// The people on the other side of the table: name, title, decision role and style.
import { useTranslation } from 'react-i18next';
import { COUNTERPART_STYLES, DECISION_ROLES, type Contact } from '@shared/domain/deal';
import { Field } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import type { FormErrors } from './deal-form-model';
import styles from './DealFormPage.module.css';
import { Button } from '../../ui/Button';

export function ContactsEditor({
  contacts,
  errors,
  errorText,
  onChange,
  newId,
}: {
  contacts: Contact[];
  errors: FormErrors;
  errorText: (path: string) => string | undefined;
  onChange: (contacts: Contact[]) => void;
  newId: () => string;
}) {
  const { t } = useTranslation('deals');
  const { t: tc } = useTranslation();
  const update = (index: number, patch: Partial<Contact>): void =>
    onChange(contacts.map((contact, i) => (i === index ? { ...contact, ...patch } : contact)));
  const add = (): void =>
    onChange([
      ...contacts,
      {
        id: newId(),
        name: '',
        role: '',
        decisionRole: contacts.length === 0 ? 'decision-maker' : 'influencer',
        style: null,
      },
    ]);

  return (
    <div className={styles.contacts}>
      {contacts.length === 0 && <p className="muted">{t('form.contacts.empty')}</p>}
      {contacts.map((contact, index) => (
        <fieldset
          key={contact.id}
          className={styles.contact}
          data-invalid={Object.keys(errors).some((key) => key.startsWith(`contacts.${index}.`)) || undefined}
        >
          <legend className="visually-hidden">{t('form.contacts.heading', { index: index + 1 })}</legend>
          <Field label={t('form.contacts.name')} error={errorText(`contacts.${index}.name`)}>
            <input
              className="input"
              value={contact.name}
              onChange={(event) => update(index, { name: event.target.value })}
            />
          </Field>
          <Field label={t('form.contacts.role')} error={errorText(`contacts.${index}.role`)}>
            <input
              className="input"
              value={contact.role}
              onChange={(event) => update(index, { role: event.target.value })}
            />
          </Field>
          <Field label={t('form.contacts.decisionRole')}>
            <select
              className="select"
              value={contact.decisionRole}
              onChange={(event) => update(index, { decisionRole: event.target.value as Contact['decisionRole'] })}
            >
              {DECISION_ROLES.map((role) => (
                <option key={role} value={role}>
                  {tc(`decisionRoles.${role}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('form.contacts.style')}>
            <select
              className="select"
              value={contact.style ?? ''}
              onChange={(event) => update(index, { style: (event.target.value || null) as Contact['style'] })}
            >
              <option value="">{tc('styles.none')}</option>
              {COUNTERPART_STYLES.map((style) => (
                <option key={style} value={style}>
                  {tc(`styles.${style}`)}
                </option>
              ))}
            </select>
          </Field>
          <Button
            type="button"
            className={`btn btn-ghost btn-icon ${styles.removeContact}`}
            aria-label={t('form.contacts.remove', { index: index + 1 })}
            title={tc('actions.remove')}
            onClick={() => onChange(contacts.filter((_, i) => i !== index))}
          >
            <Icon name="trash" size={16} />
          </Button>
        </fieldset>
      ))}
      <div>
        <Button type="button" className="btn" onClick={add}>
          <Icon name="plus" size={16} />
          {t('form.contacts.add')}
        </Button>
      </div>
    </div>
  );
}
