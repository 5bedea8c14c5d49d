import { createContext } from 'react';

/**
 * The card that the requests below it belong to (a card id): the page's
 * panel hides a failed card as a whole, whichever of its parts asked.
 */
export const CardSlotContext = createContext<string | undefined>(undefined);
