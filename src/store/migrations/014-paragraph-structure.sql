-- Structure lines (issue 16): a month header, a bare date, the sign-off, the title or a generic section title
-- ("二、主要工作") is not content. segment.paragraphs names its kind here (NULL for content); classify gives
-- it no labels and the function shares leave it out of their denominators. Rows written before this
-- migration read as content until their source is ingested again.
ALTER TABLE paragraphs ADD COLUMN structure TEXT;
