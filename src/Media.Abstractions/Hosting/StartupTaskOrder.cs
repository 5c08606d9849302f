namespace Media.Abstractions.Hosting;

public static class StartupTaskOrder
{
    public const int Migrate = 0;
    public const int Bootstrap = 100;
    public const int DemoContent = 200;
}
