namespace Media.Abstractions.Content;

/// <summary>Whether an article may go out as signed: <see cref="Ok"/>, or why not.</summary>
public sealed record SignOffVerdict(bool Ok, string Reason, SignOffPin? SignOff)
{
    public static SignOffVerdict Refused(string reason, SignOffPin? signOff = null) => new(false, reason, signOff);
}
