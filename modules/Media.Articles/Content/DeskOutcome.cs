namespace Media.Articles.Content;

public enum DeskOutcome
{
    Saved,
    Invalid,
    UnknownColumn,
    NotFound,
    Forbidden,
    NotDraft,
    Stale,
}
