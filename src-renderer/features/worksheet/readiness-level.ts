// How a readiness score reads in words and colour, the same wherever it is shown.

export const readinessLevel = (score: number): 'ready' | 'almost' | 'started' | 'empty' =>
  score >= 100 ? 'ready' : score >= 70 ? 'almost' : score > 0 ? 'started' : 'empty';

export const readinessTone = (score: number): 'done' | 'good' | 'fair' | 'low' =>
  score >= 100 ? 'done' : score >= 70 ? 'good' : score >= 40 ? 'fair' : 'low';
