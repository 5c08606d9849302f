namespace Media.Abstractions.Content;

/// <summary>An image as a page offers it (docs/http-api.md §4.14): a JPEG/PNG fallback <see cref="Url"/> with its
/// intrinsic size (so the page reserves the space before it loads), and the same picture at every width the library
/// made, as JPEG and as WebP <c>srcset</c> lists (<c>url 320w, url 1080w</c>).</summary>
public sealed record ResponsiveImage(string Url, int Width, int Height, string Srcset, string WebpSrcset);
