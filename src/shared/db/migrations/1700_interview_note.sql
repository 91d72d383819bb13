-- What the employer tells the candidate about an interview ("bring your Aadhaar card and resume; ask
-- for HR at reception"), shown to the seeker on My interviews. Unlike the note on a stage move, which
-- stays with the recruiters, the seeker reads this one. NULL when the employer wrote none.
ALTER TABLE interviews ADD COLUMN note text CHECK (char_length(note) <= 500);
