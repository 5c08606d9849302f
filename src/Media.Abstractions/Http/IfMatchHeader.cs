namespace Media.Abstractions.Http;

/// <summary>A request's <c>If-Match</c>, read by <see cref="EntityTags.ReadIfMatch"/>.</summary>
/// <param name="IsPresent">The header was sent.</param>
/// <param name="IsAny">It was <c>*</c>: any current version will do.</param>
/// <param name="Version">The version it names, when it names one.</param>
public readonly record struct IfMatchHeader(bool IsPresent, bool IsAny, int? Version)
{
    public static IfMatchHeader Absent => default;

    public static IfMatchHeader Any => new(true, true, null);

    public static IfMatchHeader Malformed => new(true, false, null);

    public static IfMatchHeader ForVersion(int version) => new(true, false, version);

    /// <summary>Sent, but neither <c>*</c> nor a version number: a 400 naming the header.</summary>
    public bool IsMalformed => IsPresent && !IsAny && Version is null;
}
