using Media.MediaLibrary.Data;

namespace Media.MediaLibrary.Library;

/// <summary>The outcome of a change and, when there is one, the item as it now stands.</summary>
public sealed record MediaChangeResult(MediaChangeOutcome Outcome, MediaItem? Item)
{
    public static MediaChangeResult Of(MediaChangeOutcome outcome, MediaItem? item = null) => new(outcome, item);
}
