"""Domain rules of a LAPOR! complaint desk: fields, validation, identity numbers, receipts."""
