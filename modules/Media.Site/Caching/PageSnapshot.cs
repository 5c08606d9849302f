using Microsoft.Extensions.Primitives;

namespace Media.Site.Caching;

/// <summary>One public page as the pipeline last answered it for one key (<see cref="PageSnapshots"/>): status,
/// headers (ETag, Cache-Control, Vary, CSP, Content-Encoding… as stored by the output cache), body. The
/// <paramref name="Age"/> the page had when captured plus the time since gives the <c>Age</c> header.</summary>
internal sealed record PageSnapshot(
    int StatusCode,
    KeyValuePair<string, StringValues>[] Headers,
    string? ETag,
    ReadOnlyMemory<byte> Body,
    long CapturedAt,
    long Age,
    long ExpiresAt);
