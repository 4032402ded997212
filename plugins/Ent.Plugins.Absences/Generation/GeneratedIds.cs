namespace Ent.Plugins.Absences.Generation;

/// <summary>
/// Keys of generated rows: version 7 UUIDs like the plugin's own, so that keys sort by time, whose random
/// part is drawn from a seeded sequence, so that generation stays deterministic.
/// </summary>
internal static class GeneratedIds
{
    /// <summary>Makes the key of a row created at an instant.</summary>
    /// <param name="instant">When the row was created.</param>
    /// <param name="random">The seeded sequence.</param>
    /// <returns>The key.</returns>
    public static Guid At(DateTimeOffset instant, Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var milliseconds = instant.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
