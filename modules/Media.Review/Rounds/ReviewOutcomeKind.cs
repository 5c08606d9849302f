namespace Media.Review.Rounds;

public enum ReviewOutcomeKind
{
    Done,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
    Unprocessable,
}
