namespace Media.MediaLibrary.Ingest;

/// <summary>
/// The answer to one upload: <see cref="Asset"/> when <see cref="Outcome"/> is
/// <see cref="IngestOutcome.Accepted"/>, otherwise a <see cref="Detail"/> fit for a problem-details body.
/// </summary>
public sealed record IngestResult(IngestOutcome Outcome, MediaAsset? Asset, string? Detail)
{
    public bool IsAccepted => Outcome == IngestOutcome.Accepted;

    public static IngestResult Accepted(MediaAsset asset) => new(IngestOutcome.Accepted, asset, null);

    public static IngestResult Refused(IngestOutcome outcome, string detail) =>
        outcome == IngestOutcome.Accepted
            ? throw new ArgumentException("A refusal needs a refusing outcome.", nameof(outcome))
            : new(outcome, null, detail);
}
