-- Who is telling the order's changes right now: `<ISO time><random>` of the teller that claimed it, NULL
-- when nobody is. One teller at a time per order keeps each change published once and in order; a claim
-- older than a few minutes belongs to a teller that crashed and may be taken over.
ALTER TABLE orders ADD COLUMN telling_claim VARCHAR(40);
