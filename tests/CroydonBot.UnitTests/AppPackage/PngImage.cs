using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CroydonBot.UnitTests.AppPackage;

/// <summary>Just enough of a PNG reader for the icon checks: size, and the pixels of 8-bit RGBA images.</summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public int Width { get; private init; }
    public int Height { get; private init; }
    public byte ColourType { get; private init; }
    public byte[] Rgba { get; private init; } = [];

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = (y * Width + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    public static PngImage Read(byte[] bytes)
    {
        if (!bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }
        int width = 0, height = 0;
        byte depth = 0, colourType = 0, interlace = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var kind = Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (kind == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                (depth, colourType, interlace) = (data[8], data[9], data[12]);
            }
            else if (kind == "IDAT")
            {
                idat.Write(data);
            }
            at += 12 + length;
        }
        var rgba = depth == 8 && colourType == 6 && interlace == 0 ? Unfilter(Inflate(idat.ToArray()), width, height) : [];
        return new PngImage { Width = width, Height = height, ColourType = colourType, Rgba = rgba };
    }

    private static byte[] Inflate(byte[] data)
    {
        using var z = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var result = new MemoryStream();
        z.CopyTo(result);
        return result.ToArray();
    }

    /// <summary>Undoes the five PNG row filters (None, Sub, Up, Average, Paeth) for 4 bytes per pixel.</summary>
    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        const int bpp = 4;
        var stride = width * bpp;
        var output = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[y * (stride + 1) + 1 + x];
                int a = x >= bpp ? output[y * stride + x - bpp] : 0;
                int b = y > 0 ? output[(y - 1) * stride + x] : 0;
                int c = x >= bpp && y > 0 ? output[(y - 1) * stride + x - bpp] : 0;
                var predictor = filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                };
                output[y * stride + x] = (byte)(value + predictor);
            }
        }
        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
