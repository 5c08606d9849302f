namespace Media.MediaLibrary.Endpoints;

/// <summary>Fractions of width and height: (0,0) top left, (1,1) bottom right.</summary>
public sealed record FocalPointResponse(double X, double Y);
