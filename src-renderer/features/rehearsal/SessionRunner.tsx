// Runs a session card by card and ends with its summary.
import { useState } from 'react';
import type { RehearsalAttempt, RehearsalSession } from '@shared/domain/rehearsal/records';
import { call } from '../../ipc-client';
import { CardRun } from './CardRun';
import { SessionSummary } from './SessionSummary';

export function SessionRunner({
  session,
  onExit,
  onRestart,
}: {
  session: RehearsalSession;
  onExit: () => void;
  onRestart: (session: RehearsalSession) => void;
}) {
  const [index, setIndex] = useState(0);
  const [attempts, setAttempts] = useState<RehearsalAttempt[]>([]);
  const [isFinished, setIsFinished] = useState(false);
  const card = session.cards[index];

  if (isFinished || card === undefined) {
    const { seed: _seed, ...options } = session.options;
    return (
      <SessionSummary
        session={session}
        attempts={attempts}
        onExit={onExit}
        onRestart={() => void call('rehearsal:start', options).then(onRestart)}
      />
    );
  }
  return (
    <CardRun
      key={`${index}:${card.id}`}
      session={session}
      card={card}
      index={index}
      onRecorded={(attempt) => setAttempts((current) => [...current, attempt])}
      onNext={() => (index + 1 >= session.cards.length ? setIsFinished(true) : setIndex(index + 1))}
      onEnd={() => setIsFinished(true)}
    />
  );
}
