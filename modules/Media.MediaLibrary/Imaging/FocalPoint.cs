namespace Media.MediaLibrary.Imaging;

/// <summary>
/// The point of an image an editor wants kept in a crop, as fractions of the (orientation-corrected) width
/// and height: (0,0) top left, (1,1) bottom right.
/// </summary>
public readonly record struct FocalPoint
{
    public FocalPoint(double x, double y)
    {
        if (!IsValidCoordinate(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "A focal point coordinate lies in 0..1.");
        }

        if (!IsValidCoordinate(y))
        {
            throw new ArgumentOutOfRangeException(nameof(y), y, "A focal point coordinate lies in 0..1.");
        }

        X = x;
        Y = y;
    }

    public static FocalPoint Centre { get; } = new(0.5, 0.5);

    public double X { get; }

    public double Y { get; }

    /// <summary>Short stable token for storage keys, in thousandths: "500x500" for the centre.</summary>
    public string ToKeyToken() => FormattableString.Invariant($"{Math.Round(X * 1000):0}x{Math.Round(Y * 1000):0}");

    public static bool IsValidCoordinate(double value) => value is >= 0 and <= 1;
}
