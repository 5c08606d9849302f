namespace Media.Web.Hosting;

/// <summary>The configured limit of <see cref="JsonBodyLimit"/>, in bytes.</summary>
public sealed record JsonBodyLimitSize(long Bytes);
