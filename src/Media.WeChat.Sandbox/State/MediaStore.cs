namespace Media.WeChat.Sandbox.State;

/// <summary>Uploaded in-article images and permanent materials.</summary>
public sealed class MediaStore
{
    private readonly Lock _gate = new();
    private readonly List<SandboxImage> _images = [];
    private readonly Dictionary<string, SandboxMaterial> _materials = new(StringComparer.Ordinal);

    public IReadOnlyList<SandboxImage> Images
    {
        get { lock (_gate) { return _images.ToList(); } }
    }

    public IReadOnlyList<SandboxMaterial> Materials
    {
        get { lock (_gate) { return _materials.Values.OrderBy(m => m.UploadedAt).ToList(); } }
    }

    public void AddImage(SandboxImage image)
    {
        lock (_gate) { _images.Add(image); }
    }

    public void AddMaterial(SandboxMaterial material)
    {
        lock (_gate) { _materials[material.MediaId] = material; }
    }

    public SandboxMaterial? FindMaterial(string appId, string mediaId)
    {
        lock (_gate)
        {
            return _materials.TryGetValue(mediaId, out var m) && m.AppId == appId ? m : null;
        }
    }

    public bool DeleteMaterial(string appId, string mediaId)
    {
        lock (_gate)
        {
            return _materials.TryGetValue(mediaId, out var m) && m.AppId == appId && _materials.Remove(mediaId);
        }
    }

    /// <summary>Bytes behind a minted image URL, for serving them back to whoever fetches them.</summary>
    public (byte[] Bytes, string Format)? FindImageBytes(string imageId)
    {
        lock (_gate)
        {
            var image = _images.Find(i => i.ImageId == imageId);
            if (image is not null)
            {
                return (image.Bytes, image.Format);
            }

            var material = _materials.Values.FirstOrDefault(m => m.ImageId == imageId);
            return material is null ? null : (material.Bytes, material.Format);
        }
    }
}
