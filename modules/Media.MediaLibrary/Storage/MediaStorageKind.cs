namespace Media.MediaLibrary.Storage;

/// <summary>Where originals and variants are kept (<c>Media:MediaLibrary:Storage</c>).</summary>
public enum MediaStorageKind
{
    Local,
    S3,
}
