// The closing tab: the signals that a customer is ready, the ways to ask for the deal, and what to avoid.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOSING_SIGNALS } from '@shared/playbook/closing';
import { CLOSING_SIGNAL_KINDS, defaultPlaybookQuery, type ClosingSignalKind } from '@shared/playbook/query';
import { call } from '../../ipc-client';
import { Icon } from '../../ui/Icon';
import { useAsync } from '../../ui/use-async';
import { NoMatch } from './NoMatch';
import { useContentLanguage } from './use-content-language';
import styles from './PlaybookPage.module.css';
import { Button } from '../../ui/Button';

const signalNumber = (id: string): number => CLOSING_SIGNALS.findIndex((signal) => signal.id === id) + 1;

export function ClosingView({
  search,
  signalKind,
  onSignalKind,
  onClearSearch,
}: {
  search: string;
  signalKind: ClosingSignalKind | null;
  onSignalKind: (kind: ClosingSignalKind | null) => void;
  onClearSearch: () => void;
}) {
  const { t } = useTranslation('playbook');
  const { text } = useContentLanguage();
  const query = { ...defaultPlaybookQuery('closing'), search, signalKind };
  const listing = useAsync(() => call('playbook:list', query), [JSON.stringify(query)]);
  const data = listing.data?.kind === 'closing' ? listing.data : undefined;
  if (!data) return null;
  const isEmpty = data.signals.length + data.methods.length + data.pitfalls.length === 0;
  const kinds: (ClosingSignalKind | null)[] = [null, ...CLOSING_SIGNAL_KINDS];

  return isEmpty ? (
    <NoMatch onClear={signalKind || search.trim() ? () => (onSignalKind(null), onClearSearch()) : undefined} />
  ) : (
    <div className={styles.scroll}>
      <Block
        id="playbook-signals"
        title={t('closing.signals')}
        isEmpty={data.signals.length === 0}
        aside={
          <div className={styles.segments} role="group" aria-label={t('closing.kind')}>
            {kinds.map((kind) => (
              <Button
                key={kind ?? 'all'}
                type="button"
                className={`btn btn-sm ${styles.segment}`}
                aria-pressed={signalKind === kind}
                onClick={() => onSignalKind(kind)}
              >
                {kind ? t(`closing.kinds.${kind}`) : t('closing.allKinds')}
              </Button>
            ))}
          </div>
        }
        intro={t('closing.signalsIntro')}
      >
        <ol className={styles.grid}>
          {data.signals.map((signal) => (
            <li key={signal.id} className={`card ${styles.tile}`}>
              <div className={styles.tileHead}>
                <span className={styles.number}>{signalNumber(signal.id)}</span>
                <span className="badge badge-accent">{t(`closing.kinds.${signal.kind}`)}</span>
              </div>
              <p className={styles.tileTitle}>{text(signal.description)}</p>
              <p className={styles.small}>
                <strong className={styles.label}>{t('closing.whatToDo')}</strong>
                {text(signal.whatToDo)}
              </p>
            </li>
          ))}
        </ol>
      </Block>

      <Block id="playbook-methods" title={t('closing.methods')} isEmpty={data.methods.length === 0}>
        <div className={styles.grid}>
          {data.methods.map((method) => (
            <article key={method.id} className={`card ${styles.tile}`}>
              <h3>{text(method.name)}</h3>
              <p>{text(method.howTo)}</p>
              <p className={styles.quote}>{text(method.example)}</p>
            </article>
          ))}
        </div>
      </Block>

      <Block id="playbook-pitfalls" title={t('closing.pitfalls')} isEmpty={data.pitfalls.length === 0}>
        <ul className={`card ${styles.pitfalls}`}>
          {data.pitfalls.map((pitfall) => (
            <li key={pitfall.id}>
              <Icon name="close" size={15} />
              <span>{text(pitfall.text)}</span>
            </li>
          ))}
        </ul>
      </Block>
    </div>
  );
}

/** One section of the closing tab; says so when the search leaves nothing in it. */
function Block({
  id,
  title,
  isEmpty,
  aside,
  intro,
  children,
}: {
  id: string;
  title: string;
  isEmpty: boolean;
  aside?: ReactNode;
  intro?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('playbook');
  return (
    <section className={styles.block} aria-labelledby={id}>
      <div className={styles.blockHead}>
        <h2 id={id}>{title}</h2>
        {aside}
      </div>
      {intro && <p className="muted">{intro}</p>}
      {isEmpty ? <p className="muted">{t('closing.noMatch')}</p> : children}
    </section>
  );
}
