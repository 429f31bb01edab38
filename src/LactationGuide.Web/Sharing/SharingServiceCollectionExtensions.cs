namespace LactationGuide.Web.Sharing;

public static class SharingServiceCollectionExtensions
{
    /// <summary>Printed handouts: each shareable page's public address and its QR code.</summary>
    public static IServiceCollection AddSharing(this IServiceCollection services) => services.AddSingleton<Handouts>();
}
