using Media.Abstractions.Security;

namespace Media.MediaLibrary;

public sealed class MediaLibraryPermissions : IPermissionProvider
{
    public static readonly Permission UploadMedia = new(nameof(UploadMedia), "Upload images to the media library");
    public static readonly Permission EditMedia = new(nameof(EditMedia), "Change an image's alt text, caption and focal point");

    private static readonly IReadOnlyList<string> Newsroom =
        [MediaRoles.Reporter, MediaRoles.Editor, MediaRoles.ChiefEditor, MediaRoles.Leader, MediaRoles.Admin];

    public IEnumerable<Permission> GetPermissions() => [UploadMedia, EditMedia];

    public IEnumerable<RolePermissions> GetDefaultRoles() =>
        Newsroom.Select(role => new RolePermissions(role, [UploadMedia, EditMedia]));
}
