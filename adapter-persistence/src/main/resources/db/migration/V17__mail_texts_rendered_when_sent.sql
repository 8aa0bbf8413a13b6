-- Mail texts rendered when they are sent (issue 16): a national registrations import queues a million confirmation
-- mails, and writing each one's kilobyte of text was most of the import's cost. Such a message now carries a
-- reference instead (e.g. 'registered:<the registration's code>'; body_text is then empty), and the sender renders
-- the text from the registration as it is stored when it sends the mail, as attachments already are. A registration
-- erased in between renders nothing and is not mailed (erasing also deletes the participant's queued mails).
-- Messages queued before this version keep their text (text_reference null) and are sent as they were written.

alter table mail_outbox add column text_reference varchar(200);
