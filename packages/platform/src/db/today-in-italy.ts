/**
 * Today's date where the platform's people are, as SQL: `current_date` is the server's (UTC in a
 * cluster), which between midnight in Rome and midnight UTC is still yesterday. A contract expires,
 * and an INI-PEC row belongs to a day, by the calendar in Italy.
 */
export const todayInItaly = `(now() AT TIME ZONE 'Europe/Rome')::date`;
