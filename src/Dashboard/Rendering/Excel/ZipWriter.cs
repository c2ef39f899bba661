using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// Writes a zip file whose bytes depend only on what goes in: entries in the order added, one fixed
/// timestamp, no extra fields. Large entries are cut into chunks compressed in parallel, each ending
/// on a deflate sync flush so the chunks join into one valid stream (as pigz does).
/// </summary>
internal sealed class ZipWriter : IDisposable
{
    /// <summary>Uncompressed bytes per chunk.</summary>
    private const int ChunkSize = 1 << 20;

    /// <summary>1980-01-01 00:00, the earliest time a zip entry can hold.</summary>
    private const ushort DosDate = (0 << 9) | (1 << 5) | 1;

    private readonly Stream _output;
    private readonly List<(string Name, uint Crc, long Compressed, long Size, long Offset)> _entries = [];
    private long _position;

    public ZipWriter(Stream output) => _output = output;

    /// <summary>Adds an entry from bytes in memory.</summary>
    public void Add(string name, ReadOnlySpan<byte> content)
    {
        using var entry = Open(name);
        entry.Write(content);
    }

    /// <summary>Opens an entry to write; it is complete when the returned stream is disposed.</summary>
    public Stream Open(string name) => new EntryStream(this, name);

    public void Dispose()
    {
        var directoryStart = _position;
        Span<byte> header = stackalloc byte[46];
        foreach (var (name, crc, compressed, size, offset) in _entries)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);       // made by: 2.0, MS-DOS
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 20);       // needed: 2.0
            BinaryPrimitives.WriteUInt16LittleEndian(header[8..], 1 << 11);  // names are UTF-8
            BinaryPrimitives.WriteUInt16LittleEndian(header[10..], 8);       // deflate
            BinaryPrimitives.WriteUInt16LittleEndian(header[12..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(header[14..], DosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(header[16..], crc);
            BinaryPrimitives.WriteUInt32LittleEndian(header[20..], Checked32(compressed, name));
            BinaryPrimitives.WriteUInt32LittleEndian(header[24..], Checked32(size, name));
            BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)nameBytes.Length);
            header[30..42].Clear();                                            // extra, comment, disk, attributes
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], Checked32(offset, name));
            Write(header);
            Write(nameBytes);
        }
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        end[4..8].Clear();
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], Checked32(_position - directoryStart, "central directory"));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], Checked32(directoryStart, "central directory"));
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
        Write(end);
        _output.Flush();
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _position += bytes.Length;
    }

    /// <summary>Zip without its 64-bit extension holds sizes below 4 GiB; the workbook splits claims long before.</summary>
    private static uint Checked32(long value, string what) =>
        value <= uint.MaxValue ? (uint)value : throw new IOException($"zip entry '{what}' is larger than 4 GiB");

    /// <summary>Local header with the sizes and CRC left to a data descriptor, so nothing seeks back.</summary>
    private void LocalHeader(string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], (1 << 3) | (1 << 11)); // data descriptor; UTF-8 name
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], 8);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], DosDate);
        header[14..26].Clear();
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)nameBytes.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
        Write(header);
        Write(nameBytes);
    }

    private void DataDescriptor(uint crc, long compressed, long size, string name)
    {
        Span<byte> descriptor = stackalloc byte[16];
        BinaryPrimitives.WriteUInt32LittleEndian(descriptor, 0x08074b50);
        BinaryPrimitives.WriteUInt32LittleEndian(descriptor[4..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(descriptor[8..], Checked32(compressed, name));
        BinaryPrimitives.WriteUInt32LittleEndian(descriptor[12..], Checked32(size, name));
        Write(descriptor);
    }

    /// <summary>
    /// An entry being written: bytes gather into chunks, each chunk is compressed on the thread pool,
    /// and compressed chunks are written out in order. A few chunks are in flight at a time, so memory
    /// stays bounded whatever the entry's size.
    /// </summary>
    private sealed class EntryStream : Stream
    {
        private readonly ZipWriter _zip;
        private readonly string _name;
        private readonly long _offset;
        private readonly Crc32 _crc = new();
        private readonly Queue<Task<(byte[] Data, int Length)>> _inFlight = new();
        private readonly int _maxInFlight = Math.Max(2, Environment.ProcessorCount + 1);
        private byte[] _chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        private int _used;
        private long _size;
        private long _compressed;
        private bool _closed;

        public EntryStream(ZipWriter zip, string name)
        {
            _zip = zip;
            _name = name;
            _offset = zip._position;
            zip.LocalHeader(name);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (buffer.Length > 0)
            {
                var take = Math.Min(buffer.Length, ChunkSize - _used);
                buffer[..take].CopyTo(_chunk.AsSpan(_used));
                _used += take;
                buffer = buffer[take..];
                if (_used == ChunkSize) Submit(final: false);
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        private void Submit(bool final)
        {
            var chunk = _chunk;
            var length = _used;
            _crc.Append(chunk.AsSpan(0, length));
            _size += length;
            _inFlight.Enqueue(Task.Run(() => Compress(chunk, length, final)));
            _chunk = final ? [] : ArrayPool<byte>.Shared.Rent(ChunkSize);
            _used = 0;
            while (_inFlight.Count >= _maxInFlight || (final && _inFlight.Count > 0)) Drain();
        }

        private void Drain()
        {
            var (data, length) = _inFlight.Dequeue().GetAwaiter().GetResult();
            _zip.Write(data.AsSpan(0, length));
            _compressed += length;
            ArrayPool<byte>.Shared.Return(data);
        }

        /// <summary>
        /// Compresses one chunk. All but the last end on a sync flush (byte-aligned, no final bit),
        /// so concatenated they are one deflate stream; the last ends it. The compressed bytes go
        /// into a pooled array, not a new one per chunk: a chunk's output is large enough for the
        /// large-object heap, which only a full collection reclaims (a million claims wrote about
        /// 1,500 of them, each half a megabyte).
        /// </summary>
        private static (byte[] Data, int Length) Compress(byte[] chunk, int length, bool final)
        {
            try
            {
                using var buffer = new PooledBytes(length / 2 + 64);
                using var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true);
                deflate.Write(chunk, 0, length);
                if (final) deflate.Dispose();
                else deflate.Flush();
                // Disposing an unfinished stream appends a final block; once taken, the buffer drops it.
                return buffer.Take();
            }
            finally
            {
                if (chunk.Length > 0) ArrayPool<byte>.Shared.Return(chunk);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_closed)
            {
                _closed = true;
                Submit(final: true);
                var crc = _crc.GetCurrentHashAsUInt32();
                _zip.DataDescriptor(crc, _compressed, _size, _name);
                _zip._entries.Add((_name, crc, _compressed, _size, _offset));
            }
            base.Dispose(disposing);
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
    /// <summary>
    /// A write-only stream into an array rented from the shared pool, grown by renting a larger one.
    /// <see cref="Take"/> hands the array over; later writes are dropped, and disposing returns an
    /// array that was not taken.
    /// </summary>
    private sealed class PooledBytes(int capacity) : Stream
    {
        private byte[]? _data = ArrayPool<byte>.Shared.Rent(capacity);
        private int _length;

        public (byte[] Data, int Length) Take()
        {
            var data = _data ?? throw new InvalidOperationException("the bytes were already taken");
            _data = null;
            return (data, _length);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_data is null) return;
            if (_length + buffer.Length > _data.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_data.Length * 2, _length + buffer.Length));
                _data.AsSpan(0, _length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_data);
                _data = larger;
            }
            buffer.CopyTo(_data.AsSpan(_length));
            _length += buffer.Length;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        protected override void Dispose(bool disposing)
        {
            if (disposing && _data is not null)
            {
                ArrayPool<byte>.Shared.Return(_data);
                _data = null;
            }
            base.Dispose(disposing);
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
