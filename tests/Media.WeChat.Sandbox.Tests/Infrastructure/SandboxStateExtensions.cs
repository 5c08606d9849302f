using Media.WeChat.Sandbox.State;

namespace Media.WeChat.Sandbox.Tests.Infrastructure;

public static class SandboxStateExtensions
{
    public static IReadOnlyList<SandboxMaterial> Materials(this SandboxState state) => state.Media.Materials;
}
