// The concession drill: the counterpart's lines round by round, the user's counter-offers, then the summary.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrillStartInput, DrillView } from '@shared/domain/rehearsal/records';
import { useFormat } from '../../i18n/format';
import { call } from '../../ipc-client';
import { AmountInput } from '../../ui/AmountInput';
import { useContentLanguage } from '../playbook/use-content-language';
import { DrillSummaryView } from './DrillSummaryView';
import styles from './Drill.module.css';
import { Button } from '../../ui/Button';
import { confidential } from '../../ui/Confidential';

export function DrillRunner({
  drill: started,
  start,
  dealTitle,
  onExit,
  onAgain,
}: {
  drill: DrillView;
  start: DrillStartInput;
  dealTitle: string | null;
  onExit: () => void;
  onAgain: (drill: DrillView) => void;
}) {
  const { t } = useTranslation('rehearsal');
  const { text } = useContentLanguage();
  const format = useFormat();
  const [drill, setDrill] = useState(started);
  const [price, setPrice] = useState<number | null>(null);
  const [inReturn, setInReturn] = useState('');
  const [priceError, setPriceError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const { config } = drill;
  const money = (value: number): string => format.money(value, config.currency);

  if (drill.status !== 'running') {
    return (
      <DrillSummaryView
        drill={drill}
        dealTitle={dealTitle}
        onExit={onExit}
        onAgain={() => void call('rehearsal:drill-start', start).then(onAgain)}
      />
    );
  }

  const play = async (move: () => Promise<DrillView>): Promise<void> => {
    setIsBusy(true);
    setError(null);
    try {
      setDrill(await move());
      setPrice(null);
      setInReturn('');
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setIsBusy(false);
    }
  };
  const offer = (): void => {
    const isPrice = price !== null && price > 0;
    setPriceError(isPrice ? null : t('drill.errors.price'));
    if (isPrice) void play(() => call('rehearsal:drill-respond', { id: drill.id, price, inReturn: inReturn.trim() }));
  };
  const lastPrice = drill.rounds.at(-1)?.price ?? config.opening;

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1>{t('drill.heading')}</h1>
          <p className="muted">
            {dealTitle ?? t('drill.noDeal')} ·{' '}
            {t('drill.roundOf', { round: drill.rounds.length + 1, max: config.maxRounds })}
          </p>
        </div>
        <Button type="button" className="btn btn-ghost" onClick={onExit}>
          {t('back')}
        </Button>
      </header>
      <div className={styles.columns}>
        <div className={styles.main}>
          <ol className={`card ${styles.conversation}`} aria-label={t('drill.heading')}>
            <li className={styles.them}>
              <span className={styles.who}>{t('drill.they')}</span>
              <p className={styles.bubble}>{text(drill.openingLine.text)}</p>
            </li>
            {drill.rounds.map((round) => (
              <li key={round.round} className={styles.pair}>
                <div className={styles.you}>
                  <span className={styles.who}>{t('drill.you')}</span>
                  <p className={styles.bubble}>
                    <strong {...confidential}>{money(round.price)}</strong>
                    <span className={styles.ask}>
                      {round.inReturn ? t('drill.inReturnShown', { text: round.inReturn }) : t('drill.nothingAsked')}
                    </span>
                  </p>
                </div>
                <div className={styles.them}>
                  <span className={styles.who}>{t('drill.they')}</span>
                  <p className={styles.bubble}>{text(round.reply.text)}</p>
                </div>
              </li>
            ))}
          </ol>
          <form
            className={`card ${styles.moveForm}`}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              offer();
            }}
          >
            <div className={styles.moveFields}>
              <label className={styles.field}>
                <span className={styles.label}>{t('drill.yourOffer')}</span>
                <AmountInput
                  autoFocus
                  value={price}
                  placeholder={format.number(lastPrice)}
                  aria-invalid={priceError ? true : undefined}
                  aria-describedby={priceError ? 'drill-price-error' : undefined}
                  onChange={setPrice}
                  isEmptyWhenInvalid
                />
                {priceError && (
                  <span id="drill-price-error" className={styles.fieldError} role="alert">
                    {priceError}
                  </span>
                )}
              </label>
              <label className={`${styles.field} ${styles.grow}`}>
                <span className={styles.label}>{t('drill.inReturn')}</span>
                <input
                  className="input"
                  autoComplete="off"
                  value={inReturn}
                  placeholder={t('drill.inReturnPlaceholder')}
                  onChange={(event) => setInReturn(event.target.value)}
                />
              </label>
            </div>
            {error && (
              <p className={styles.fieldError} role="alert">
                {error}
              </p>
            )}
            <div className={styles.moveActions}>
              <Button
                type="button"
                className="btn btn-ghost"
                disabled={isBusy}
                onClick={() => void play(() => call('rehearsal:drill-stop', { id: drill.id }))}
              >
                {t('drill.walk')}
              </Button>
              <Button type="submit" className="btn btn-primary" disabled={isBusy}>
                {t('drill.offer')}
              </Button>
            </div>
          </form>
        </div>
        <aside className={`card ${styles.side}`}>
          <dl className={styles.numbers} {...confidential}>
            <div>
              <dt>{t('drill.theirOffer')}</dt>
              <dd className={styles.theirOffer}>{money(drill.theirOffer)}</dd>
            </div>
            <div>
              <dt>{t('drill.yourLast')}</dt>
              <dd>{money(lastPrice)}</dd>
            </div>
            <div>
              <dt>{t('drill.opening')}</dt>
              <dd>{money(config.opening)}</dd>
            </div>
            <div>
              <dt>{t('drill.target')}</dt>
              <dd className={styles.target}>{money(config.target)}</dd>
            </div>
            <div>
              <dt>{t('drill.walkAway')}</dt>
              <dd className={styles.walkAway}>{money(config.walkAway)}</dd>
            </div>
          </dl>
          <p className={styles.tip}>{t('drill.tip')}</p>
        </aside>
      </div>
    </div>
  );
}
