namespace Media.Site.Views;

/// <summary>A <c>&lt;picture&gt;</c>: WebP widths in a <c>&lt;source&gt;</c>, then the JPEG/PNG <c>&lt;img&gt;</c> with its
/// intrinsic size (no layout shift) and widths. <see cref="Lazy"/> for pictures below the fold.</summary>
internal sealed record PictureView(string Src, int Width, int Height, string Srcset, string WebpSrcset, string Sizes, bool Lazy);
