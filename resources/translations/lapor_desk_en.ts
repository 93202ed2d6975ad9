<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>ComplaintView</name>
    <message>
        <location filename="../../ui/complaint_view.py" line="31"/>
        <source>Pengaduan {receipt}</source>
        <translation>Complaint {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="31"/>
        <source>(draf)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="35"/>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="38"/>
        <source>No. tanda terima</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="38"/>
        <source>(belum, masih draf)</source>
        <translation>(none yet, still a draft)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="40"/>
        <source>Jenis laporan</source>
        <translation>Report type</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="41"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="42"/>
        <source>Diterima pada</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="43"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="44"/>
        <source>Tanggal kejadian</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="45"/>
        <source>Lokasi kejadian</source>
        <translation>Incident location</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="46"/>
        <source>Kode wilayah</source>
        <translation>Region codes</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="48"/>
        <source>Koordinat</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="49"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="50"/>
        <source>Instansi tujuan</source>
        <translation>Target agency</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="50"/>
        <source>Belum diketahui</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="51"/>
        <source>Anonim</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="52"/>
        <source>Rahasia</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="53"/>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="59"/>
        <location filename="../../ui/complaint_view.py" line="60"/>
        <source>Isi / kronologi</source>
        <translation>Body / chronology</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="62"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="65"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="65"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="65"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="66"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="66"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="67"/>
        <source>Persetujuan data pribadi</source>
        <translation>Personal data consent</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="68"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="69"/>
        <source>Kelompok usia</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="70"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="71"/>
        <source>Jenis disabilitas</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="72"/>
        <source>Kebutuhan aksesibilitas</source>
        <translation>Accessibility needs</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="73"/>
        <source>Datang dengan pendamping</source>
        <translation>Came with a companion</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="74"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="79"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="79"/>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="79"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="86"/>
        <location filename="../../ui/complaint_view.py" line="95"/>
        <source>Riwayat</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="99"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="102"/>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
</context>
<context>
    <name>EnumCombo</name>
    <message>
        <location filename="../../ui/intake_form.py" line="50"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake_form.py" line="211"/>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="211"/>
        <source>Lokasi dan tujuan</source>
        <translation>Location and target</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="212"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="212"/>
        <source>Data inklusi (opsional, dengan persetujuan)</source>
        <translation>Inclusion data (optional, with consent)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="213"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="217"/>
        <source>&amp;Jenis laporan</source>
        <translation>Report &amp;type</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="217"/>
        <source>&amp;Kanal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="217"/>
        <source>J&amp;udul</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="218"/>
        <source>&amp;Isi / kronologi</source>
        <translation>&amp;Body / chronology</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="218"/>
        <source>&amp;Tanggal kejadian</source>
        <translation>Incident &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="219"/>
        <source>Diterima pada</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="219"/>
        <source>&amp;Lokasi kejadian</source>
        <translation>Incident &amp;location</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="220"/>
        <source>Kode provinsi</source>
        <translation>Province code</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="220"/>
        <source>Kode kabupaten/kota</source>
        <translation>Regency/city code</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="221"/>
        <source>Kode kecamatan</source>
        <translation>District code</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="221"/>
        <source>Kode desa/kelurahan</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="222"/>
        <source>Lintang</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="222"/>
        <source>Bujur</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="222"/>
        <source>Kategori (topik)</source>
        <translation>Category (topic)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="223"/>
        <source>Instansi tujuan (boleh kosong)</source>
        <translation>Target agency (may be left empty)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="223"/>
        <source>&amp;Nama sesuai KTP</source>
        <translation>&amp;Name as on the ID card</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="224"/>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="224"/>
        <source>Tele&amp;pon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="224"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="225"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="225"/>
        <source>Anonim (identitas dirahasiakan)</source>
        <translation>Anonymous (identity withheld)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="226"/>
        <source>Rahasia (isi tidak dipublikasikan)</source>
        <translation>Confidential (content not published)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="227"/>
        <source>Pelapor setuju data pribadinya diproses</source>
        <translation>Reporter consents to processing of personal data</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="228"/>
        <source>Pelapor setuju memberi data inklusi</source>
        <translation>Reporter consents to giving inclusion data</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="228"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="229"/>
        <source>Kelompok usia</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="230"/>
        <source>Pelapor setuju memberi data disabilitas</source>
        <translation>Reporter consents to giving disability data</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="231"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="231"/>
        <source>Jenis disabilitas</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="232"/>
        <source>Kebutuhan aksesibilitas</source>
        <translation>Accessibility needs</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="233"/>
        <source>Datang dengan pendamping</source>
        <translation>Came with a companion</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="233"/>
        <source>Nama petugas</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="234"/>
        <source>NIP petugas</source>
        <translation>Officer NIP</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="245"/>
        <source>Simpan &amp;draf</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="246"/>
        <source>Simpan apa adanya (Ctrl+S)</source>
        <translation>Save as it is (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="247"/>
        <source>&amp;Catat pengaduan</source>
        <translation>&amp;Record complaint</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="248"/>
        <source>Periksa lalu catat dan terbitkan tanda terima (Ctrl+Enter)</source>
        <translation>Check, then record and issue a receipt (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="249"/>
        <source>Formulir &amp;baru</source>
        <translation>&amp;New form</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="344"/>
        <source>Mengubah {receipt}</source>
        <translation>Editing {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="345"/>
        <source>draf #{id}</source>
        <translation>draft #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="416"/>
        <source>Pengaduan tercatat. Nomor tanda terima: {receipt}</source>
        <translation>Complaint recorded. Receipt number: {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="423"/>
        <source>Draf #{id} tersimpan.</source>
        <translation>Draft #{id} saved.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="433"/>
        <source>Gagal menyimpan: {error}. Isian formulir tetap ada.</source>
        <translation>Could not save: {error}. The form keeps what was typed.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="439"/>
        <source>Periksa {count} isian yang ditandai.</source>
        <translation>Check the {count} marked fields.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Tercatat (antre kirim)</source>
        <translation>Recorded (queued to send)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Belum Terverifikasi</source>
        <translation>Not yet verified</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Dalam Proses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Tunda</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Bukan Wewenang</source>
        <translation>Not our authority</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Aspirasi</source>
        <translation>Aspiration</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Permintaan Informasi</source>
        <translation>Information request</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Tatap muka</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Kotak saran</source>
        <translation>Suggestion box</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>SMS 1708</source>
        <translation>SMS 1708</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Aplikasi</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Media sosial</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Di bawah 16</source>
        <translation>Under 16</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>16-30 (pemuda)</source>
        <translation>16-30 (youth)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>31-45</source>
        <translation>31-45</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>46-60</source>
        <translation>46-60</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Di atas 60</source>
        <translation>Over 60</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Tidak bersedia menjawab</source>
        <translation>Prefers not to say</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Fisik</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Intelektual</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Sensorik</source>
        <translation>Sensory</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Diubah</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Dicatat, tanda terima diterbitkan</source>
        <translation>Recorded, receipt issued</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Diimpor dari data lama</source>
        <translation>Imported from legacy data</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>lapor-desk — Meja Pengaduan {desk}</source>
        <translation>lapor-desk — Complaint Desk {desk}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Pengaduan &amp;baru</source>
        <translation>&amp;New complaint</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;Antrean</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Pengaduan baru</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Cari di antrean</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Bahasa / Language</source>
        <translation>Bahasa / Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Tentang lapor-desk</source>
        <translation>About lapor-desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Meja {desk} · membuka database…</source>
        <translation>Desk {desk} · opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Meja {desk} · database: {location}</source>
        <translation>Desk {desk} · database: {location}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>lapor-desk {version}
Meja pengaduan SP4N-LAPOR! yang tetap bekerja tanpa jaringan.</source>
        <translation>lapor-desk {version}
The SP4N-LAPOR! complaint desk that keeps working without a network.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="109"/>
        <source>No. tanda terima</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="109"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="110"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="110"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="111"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="111"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="111"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="121"/>
        <source>(draf #{id})</source>
        <translation>(draft #{id})</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="133"/>
        <source> (anonim)</source>
        <translation> (anonymous)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ui/queue_view.py" line="86"/>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="87"/>
        <source>kata dalam judul, isi atau lokasi</source>
        <translation>words in the title, body or location</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="88"/>
        <source>Cari pengaduan</source>
        <translation>Search complaints</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="89"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="90"/>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="91"/>
        <source>Semua kanal</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="92"/>
        <source>Saring status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="93"/>
        <source>Saring jenis</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="94"/>
        <source>Saring kanal</source>
        <translation>Filter by channel</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="95"/>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="96"/>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="97"/>
        <source>Sampai tanggal</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="98"/>
        <source>Antrean pengaduan</source>
        <translation>Complaint queue</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="144"/>
        <source>Ketik kata untuk dicari; tanda baca saja tidak bisa dicari.</source>
        <translation>Type words to search for; punctuation alone cannot be searched.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="147"/>
        <source>{count}{more} pengaduan ditampilkan</source>
        <translation>{count}{more} complaints shown</translation>
    </message>
</context>
</TS>
