// What a reading assumes costs it: each restored byte or pair, recovered or lost character is charged a
// prior (log10), so a reading that needs fewer assumptions wins among equally fluent ones.

/** Prior cost (log10) of each assumption a reading makes: a lost lead byte restored… */
export const RESTORED_LEAD_COST = 0.5;
/** …a lost private-use pair restored (about one boundary in six of GB2312 text produces one)… */
export const RESTORED_PAIR_COST = 0.8;
/** …a whole character recovered from its pinyin annotation… */
export const RECOVERED_CHAR_COST = 1;
/** …and a character given up as lost, which costs what an ordinary character would have. */
export const LOST_CHAR_COST = 3.5;
