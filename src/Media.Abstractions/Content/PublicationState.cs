namespace Media.Abstractions.Content;

public enum PublicationState
{
    /// <summary>Never published, or does not exist: the public gets 404.</summary>
    Unknown,
    Published,
    /// <summary>Was published and has been retracted (撤稿): the public gets 410 Gone.</summary>
    Retracted,
}
