<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/attachments_panel.py" line="63"/>
        <source>Tambah &amp;berkas…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_panel.py" line="64"/>
        <source>Hapus lampiran</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_panel.py" line="65"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_panel.py" line="66"/>
        <source>Tambah berkas lampiran</source>
        <translation>Add an attachment file</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_panel.py" line="70"/>
        <source>Pilih berkas lampiran</source>
        <translation>Choose attachment files</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_panel.py" line="71"/>
        <source>Dokumen dan gambar (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.odt *.ods);;Semua berkas (*)</source>
        <translation>Documents and images (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.odt *.ods);;All files (*)</translation>
    </message>
</context>
<context>
    <name>AttemptTable</name>
    <message>
        <location filename="../../ui/sync_history.py" line="28"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/sync_history.py" line="28"/>
        <source>Permintaan</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/sync_history.py" line="28"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../../ui/sync_history.py" line="28"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/sync_history.py" line="29"/>
        <source>Jenis masalah</source>
        <translation>Problem type</translation>
    </message>
    <message>
        <location filename="../../ui/sync_history.py" line="29"/>
        <source>Lama (ms)</source>
        <translation>Duration (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_history.py" line="29"/>
        <source>ID permintaan server</source>
        <translation>Server request ID</translation>
    </message>
    <message>
        <location filename="../../ui/sync_history.py" line="31"/>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../ui/sync_history.py" line="33"/>
        <source>Riwayat kirim ke pusat</source>
        <translation>Sending history</translation>
    </message>
</context>
<context>
    <name>ComplaintView</name>
    <message>
        <location filename="../../ui/complaint_view.py" line="52"/>
        <source>Pengaduan {receipt}</source>
        <translation>Complaint {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="52"/>
        <source>(draf)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="55"/>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="58"/>
        <source>No. tanda terima</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="58"/>
        <source>(belum, masih draf)</source>
        <translation>(none yet, still a draft)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="60"/>
        <source>Jenis laporan</source>
        <translation>Report type</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="61"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="62"/>
        <source>Diterima pada</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="63"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="64"/>
        <source>Tanggal kejadian</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="65"/>
        <source>Lokasi kejadian</source>
        <translation>Incident location</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="66"/>
        <source>Kode wilayah</source>
        <translation>Region codes</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="68"/>
        <source>Koordinat</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="69"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="70"/>
        <source>Instansi tujuan</source>
        <translation>Target agency</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="70"/>
        <source>Belum diketahui</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="71"/>
        <source>Anonim</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="72"/>
        <source>Rahasia</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="73"/>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="74"/>
        <source>Nomor LAPOR!</source>
        <translation>LAPOR! number</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="74"/>
        <source>Belum (menunggu kirim ke pusat)</source>
        <translation>Not yet (waiting to be sent to the central)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="77"/>
        <source>Duplikat dari</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="82"/>
        <location filename="../../ui/complaint_view.py" line="83"/>
        <source>Isi / kronologi</source>
        <translation>Body / chronology</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="85"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="88"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="88"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="89"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="90"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="90"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="91"/>
        <source>Persetujuan data pribadi</source>
        <translation>Personal data consent</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="92"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="93"/>
        <source>Kelompok usia</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="94"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="95"/>
        <source>Jenis disabilitas</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="96"/>
        <source>Kebutuhan aksesibilitas</source>
        <translation>Accessibility needs</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="97"/>
        <source>Datang dengan pendamping</source>
        <translation>Came with a companion</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="98"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="103"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="103"/>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="103"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="111"/>
        <location filename="../../ui/complaint_view.py" line="146"/>
        <source>Riwayat</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="125"/>
        <source>(nomor LAPOR! {tracking})</source>
        <translation>(LAPOR! number {tracking})</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="129"/>
        <source>(kepuasan {rating}/5)</source>
        <translation>(satisfaction {rating}/5)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="134"/>
        <location filename="../../ui/complaint_view.py" line="144"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="142"/>
        <source>Tidak ada lampiran</source>
        <translation>No attachments</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="150"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="153"/>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="158"/>
        <source>Cetak &amp;ulang tanda terima</source>
        <translation>Re&amp;print receipt</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="159"/>
        <source>Simpan tanda terima (&amp;PDF)</source>
        <translation>Save receipt (&amp;PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="160"/>
        <source>Catat &amp;tanggapan pelapor</source>
        <translation>Record reporter&apos;s &amp;reply</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="171"/>
        <source>Riwayat kirim ke pusat</source>
        <translation>Sending history</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../ui/duplicates_panel.py" line="46"/>
        <source>Mungkin sudah pernah dilaporkan:</source>
        <translation>Possibly reported before:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_panel.py" line="47"/>
        <source>Tandai sebagai &amp;duplikat</source>
        <translation>Mark as &amp;duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_panel.py" line="48"/>
        <source>Lihat</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_panel.py" line="49"/>
        <source>Batalkan tanda duplikat</source>
        <translation>Undo duplicate mark</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_panel.py" line="50"/>
        <source>Pengaduan serupa</source>
        <translation>Similar complaints</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_panel.py" line="54"/>
        <source>NIK sama</source>
        <translation>same NIK</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_panel.py" line="54"/>
        <source>telepon sama</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_panel.py" line="55"/>
        <source>judul mirip</source>
        <translation>similar title</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_panel.py" line="83"/>
        <source>Ditandai sebagai duplikat dari {receipt}</source>
        <translation>Marked as a duplicate of {receipt}</translation>
    </message>
</context>
<context>
    <name>EnumCombo</name>
    <message>
        <location filename="../../ui/intake_form.py" line="74"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake_form.py" line="259"/>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="259"/>
        <source>Lokasi dan tujuan</source>
        <translation>Location and target</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="260"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="260"/>
        <source>Data inklusi (opsional, dengan persetujuan)</source>
        <translation>Inclusion data (optional, with consent)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="261"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="265"/>
        <source>&amp;Jenis laporan</source>
        <translation>Report &amp;type</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="265"/>
        <source>&amp;Kanal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="265"/>
        <source>J&amp;udul</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="266"/>
        <source>&amp;Isi / kronologi</source>
        <translation>&amp;Body / chronology</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="266"/>
        <source>&amp;Tanggal kejadian</source>
        <translation>Incident &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="267"/>
        <source>Diterima pada</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="267"/>
        <source>&amp;Lokasi kejadian</source>
        <translation>Incident &amp;location</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="268"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="268"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="269"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="269"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="270"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="271"/>
        <source>Lintang</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="271"/>
        <source>Bujur</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="271"/>
        <source>Kategori (topik)</source>
        <translation>Category (topic)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="272"/>
        <source>Instansi tujuan (boleh kosong)</source>
        <translation>Target agency (may be left empty)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="272"/>
        <source>&amp;Nama sesuai KTP</source>
        <translation>&amp;Name as on the ID card</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="273"/>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="273"/>
        <source>Tele&amp;pon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="273"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="274"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="274"/>
        <source>Anonim (identitas dirahasiakan)</source>
        <translation>Anonymous (identity withheld)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="275"/>
        <source>Rahasia (isi tidak dipublikasikan)</source>
        <translation>Confidential (content not published)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="276"/>
        <source>Pelapor setuju data pribadinya diproses</source>
        <translation>Reporter consents to processing of personal data</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="277"/>
        <source>Pelapor setuju memberi data inklusi</source>
        <translation>Reporter consents to giving inclusion data</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="277"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="278"/>
        <source>Kelompok usia</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="279"/>
        <source>Pelapor setuju memberi data disabilitas</source>
        <translation>Reporter consents to giving disability data</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="280"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="280"/>
        <source>Jenis disabilitas</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="281"/>
        <source>Kebutuhan aksesibilitas</source>
        <translation>Accessibility needs</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="282"/>
        <source>Datang dengan pendamping</source>
        <translation>Came with a companion</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="282"/>
        <source>Nama petugas</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="283"/>
        <source>NIP petugas</source>
        <translation>Officer NIP</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="294"/>
        <source>Simpan &amp;draf</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="295"/>
        <source>Simpan apa adanya (Ctrl+S)</source>
        <translation>Save as it is (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="296"/>
        <source>&amp;Catat pengaduan</source>
        <translation>&amp;Record complaint</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="297"/>
        <source>Periksa lalu catat dan terbitkan tanda terima (Ctrl+Enter)</source>
        <translation>Check, then record and issue a receipt (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="298"/>
        <source>Formulir &amp;baru</source>
        <translation>&amp;New form</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="299"/>
        <source>Ce&amp;tak tanda terima</source>
        <translation>&amp;Print receipt</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="300"/>
        <source>Cetak tanda terima pengaduan yang baru dicatat (Ctrl+P)</source>
        <translation>Print the receipt of the complaint just recorded (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="301"/>
        <source>Simpan tanda terima (PDF)</source>
        <translation>Save receipt (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="407"/>
        <source>Mengubah {receipt}</source>
        <translation>Editing {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="408"/>
        <source>draf #{id}</source>
        <translation>draft #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="477"/>
        <source>Tunggu sebentar: lampiran masih diperiksa.</source>
        <translation>One moment: the attachments are still being checked.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="491"/>
        <source>Pengaduan tercatat. Nomor tanda terima: {receipt}</source>
        <translation>Complaint recorded. Receipt number: {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="500"/>
        <source>Draf #{id} tersimpan.</source>
        <translation>Draft #{id} saved.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="510"/>
        <source>Gagal menyimpan: {error}. Isian formulir tetap ada.</source>
        <translation>Could not save: {error}. The form keeps what was typed.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="517"/>
        <source>Periksa {count} isian yang ditandai.</source>
        <translation>Check the {count} marked fields.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Tercatat (antre kirim)</source>
        <translation>Recorded (queued to send)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Belum Terverifikasi</source>
        <translation>Not yet verified</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Dalam Proses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Tunda</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Bukan Wewenang</source>
        <translation>Not our authority</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Aspirasi</source>
        <translation>Aspiration</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Permintaan Informasi</source>
        <translation>Information request</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Tatap muka</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Kotak saran</source>
        <translation>Suggestion box</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>SMS 1708</source>
        <translation>SMS 1708</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Aplikasi</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Media sosial</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Di bawah 16</source>
        <translation>Under 16</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>16-30 (pemuda)</source>
        <translation>16-30 (youth)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>31-45</source>
        <translation>31-45</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>46-60</source>
        <translation>46-60</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Di atas 60</source>
        <translation>Over 60</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Tidak bersedia menjawab</source>
        <translation>Prefers not to say</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Fisik</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Intelektual</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Sensorik</source>
        <translation>Sensory</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Diubah</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Dicatat, tanda terima diterbitkan</source>
        <translation>Recorded, receipt issued</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Diimpor dari data lama</source>
        <translation>Imported from legacy data</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Ditandai sebagai duplikat</source>
        <translation>Marked as a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Tanggapan pelapor</source>
        <translation>Reporter&apos;s reply</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Tanda terima dicetak atau disimpan</source>
        <translation>Receipt printed or saved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Terkirim ke pusat</source>
        <translation>Sent to the central</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Status dari pusat</source>
        <translation>Status from the central</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Tindak lanjut instansi</source>
        <translation>Agency follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Catatan pusat</source>
        <translation>Central note</translation>
    </message>
</context>
<context>
    <name>LookupView</name>
    <message>
        <location filename="../../ui/lookup_view.py" line="62"/>
        <source>&amp;Cari warga:</source>
        <translation>&amp;Find citizen:</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_view.py" line="63"/>
        <source>nomor tanda terima, nomor LAPOR!, NIK atau telepon</source>
        <translation>receipt number, LAPOR! number, NIK or phone</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_view.py" line="64"/>
        <source>Cari pengaduan warga</source>
        <translation>Find a citizen&apos;s complaints</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_view.py" line="65"/>
        <source>Cari</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_view.py" line="66"/>
        <source>Pengaduan warga</source>
        <translation>Citizen&apos;s complaints</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_view.py" line="85"/>
        <source>{count} pengaduan ditemukan. Enter untuk membuka.</source>
        <translation>{count} complaints found. Enter opens one.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_view.py" line="91"/>
        <source>Tidak ada pengaduan dengan nomor, NIK atau telepon itu.</source>
        <translation>No complaint has that number, NIK or phone.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>lapor-desk — Meja Pengaduan {desk}</source>
        <translation>lapor-desk — Complaint Desk {desk}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Pengaduan &amp;baru</source>
        <translation>&amp;New complaint</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Antrean</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Warga kembali</source>
        <translation>&amp;Returning citizen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Pengaduan baru</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Cari di antrean</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Bahasa / Language</source>
        <translation>Bahasa / Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Tentang lapor-desk</source>
        <translation>About lapor-desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Meja {desk} · membuka database…</source>
        <translation>Desk {desk} · opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Meja {desk} · database: {location}</source>
        <translation>Desk {desk} · database: {location}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Tanggapan pelapor dicatat.</source>
        <translation>Reporter&apos;s reply recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>lapor-desk {version}
Meja pengaduan SP4N-LAPOR! yang tetap bekerja tanpa jaringan.</source>
        <translation>lapor-desk {version}
The SP4N-LAPOR! complaint desk that keeps working without a network.</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionPanel</name>
    <message>
        <location filename="../../ui/needs_attention.py" line="42"/>
        <source>Ditolak pusat tanpa keterangan.</source>
        <translation>Refused by the central without a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="68"/>
        <source>{count} pengaduan ditolak pusat. Buka, perbaiki isian yang ditandai, lalu simpan: pengaduan dikirim lagi.</source>
        <translation>{count} complaints were refused by the central. Open one, fix the marked fields and save: it is sent again.</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="71"/>
        <source>Tidak ada pengaduan yang perlu diperbaiki.</source>
        <translation>No complaint needs fixing.</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="72"/>
        <source>Buka dan perbaiki</source>
        <translation>Open and fix</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="128"/>
        <source>No. tanda terima</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="128"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="129"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="129"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="129"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="130"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="130"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="130"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="140"/>
        <source>(draf #{id})</source>
        <translation>(draft #{id})</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="152"/>
        <source> (anonim)</source>
        <translation> (anonymous)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ui/queue_view.py" line="95"/>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="96"/>
        <source>kata dalam judul, isi atau lokasi</source>
        <translation>words in the title, body or location</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="97"/>
        <source>Cari pengaduan</source>
        <translation>Search complaints</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="98"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="99"/>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="100"/>
        <source>Semua kanal</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="101"/>
        <source>Saring status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="102"/>
        <source>Saring jenis</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="103"/>
        <source>Saring kanal</source>
        <translation>Filter by channel</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="104"/>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="105"/>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="106"/>
        <source>Sampai tanggal</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="107"/>
        <source>Antrean pengaduan</source>
        <translation>Complaint queue</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="155"/>
        <source>Ketik kata untuk dicari; tanda baca saja tidak bisa dicari.</source>
        <translation>Type words to search for; punctuation alone cannot be searched.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="158"/>
        <source>{count}{more} pengaduan ditampilkan</source>
        <translation>{count}{more} complaints shown</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <location filename="../../ui/receipt_actions.py" line="40"/>
        <source>Simpan tanda terima</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.py" line="42"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.py" line="76"/>
        <source>Tanda terima tidak bisa disimpan ke {path}: {reason}</source>
        <translation>The receipt could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.py" line="80"/>
        <source>Tanda terima disimpan: {path}</source>
        <translation>Receipt saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.py" line="92"/>
        <source>Printer tidak ditemukan; tanda terima disimpan sebagai PDF.</source>
        <translation>No printer found; the receipt is saved as a PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.py" line="104"/>
        <source>Printer tidak siap; tanda terima disimpan sebagai PDF.</source>
        <translation>The printer is not ready; the receipt is saved as a PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.py" line="111"/>
        <source>Pencetakan gagal; tanda terima disimpan sebagai PDF.</source>
        <translation>Printing failed; the receipt is saved as a PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.py" line="114"/>
        <source>Tanda terima dikirim ke printer.</source>
        <translation>Receipt sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../ui/reply_dialog.py" line="20"/>
        <source>Tanggapan pelapor — {receipt}</source>
        <translation>Reporter&apos;s reply — {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/reply_dialog.py" line="23"/>
        <source>Tanggapan pelapor</source>
        <translation>Reporter&apos;s reply</translation>
    </message>
    <message>
        <location filename="../../ui/reply_dialog.py" line="25"/>
        <source>— tidak dinilai —</source>
        <translation>— not rated —</translation>
    </message>
    <message>
        <location filename="../../ui/reply_dialog.py" line="26"/>
        <source>5 — sangat puas</source>
        <translation>5 — very satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/reply_dialog.py" line="26"/>
        <source>4 — puas</source>
        <translation>4 — satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/reply_dialog.py" line="26"/>
        <source>3 — cukup</source>
        <translation>3 — fair</translation>
    </message>
    <message>
        <location filename="../../ui/reply_dialog.py" line="27"/>
        <source>2 — kurang puas</source>
        <translation>2 — dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/reply_dialog.py" line="27"/>
        <source>1 — tidak puas</source>
        <translation>1 — very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/reply_dialog.py" line="29"/>
        <source>Nilai kepuasan</source>
        <translation>Satisfaction rating</translation>
    </message>
    <message>
        <location filename="../../ui/reply_dialog.py" line="32"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/reply_dialog.py" line="33"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/reply_dialog.py" line="37"/>
        <source>&amp;Tanggapan</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <location filename="../../ui/reply_dialog.py" line="38"/>
        <source>&amp;Kepuasan</source>
        <translation>Sa&amp;tisfaction</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync_status.py" line="86"/>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="87"/>
        <source>Kirim antrean ke pusat dan ambil pembaruan (F5)</source>
        <translation>Send the queue to the central and fetch updates (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="90"/>
        <source>Belum terdaftar ke pusat</source>
        <translation>Not registered with the central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="89"/>
        <location filename="../../ui/sync_status.py" line="103"/>
        <source>Menunggu: {count}</source>
        <translation>Waiting: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="94"/>
        <source>⚠ Pendaftaran meja perlu diperiksa</source>
        <translation>⚠ Desk registration needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="96"/>
        <source>⟳ Menyinkronkan…</source>
        <translation>⟳ Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="98"/>
        <source>○ Belum dicek</source>
        <translation>○ Not checked yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="100"/>
        <source>● Daring</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="102"/>
        <source>○ Luring</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="105"/>
        <source>(terlama {age})</source>
        <translation>(oldest {age})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="107"/>
        <source>Perlu perhatian: {count}</source>
        <translation>Needs attention: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="109"/>
        <source>Belum pernah sinkron</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="111"/>
        <source>Sinkron terakhir {age}</source>
        <translation>Last sync {age}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="115"/>
        <source>Jam komputer {minutes} menit lebih cepat dari pusat</source>
        <translation>Computer clock {minutes} minutes ahead of the central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="116"/>
        <source>Jam komputer {minutes} menit lebih lambat dari pusat</source>
        <translation>Computer clock {minutes} minutes behind the central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="125"/>
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="127"/>
        <source>{n} menit lalu</source>
        <translation>{n} min ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="129"/>
        <source>{n} jam lalu</source>
        <translation>{n} h ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="130"/>
        <source>{n} hari lalu</source>
        <translation>{n} days ago</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="181"/>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="182"/>
        <source>Riwayat kirim</source>
        <translation>Sending history</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="196"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
</context>
</TS>
