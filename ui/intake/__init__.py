"""Recording a complaint: the intake form, its fields, attachments, duplicates and the receipt."""
