<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/account_dialogs.py" line="148"/>
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="148"/>
        <source>Ubah akun {username}</source>
        <translation>Edit account {username}</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="153"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="156"/>
        <source>Nama &amp;lengkap</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="160"/>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="165"/>
        <source>&amp;Peran</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="166"/>
        <source>Petugas magang: pengaduannya menunggu persetujuan supervisor</source>
        <translation>Trainee clerk: their complaints wait for a supervisor&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="170"/>
        <source>&amp;Kata sandi awal</source>
        <translation>&amp;Initial password</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="171"/>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Confirm password</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="172"/>
        <source>Petugas diminta mengganti kata sandi awal ini saat pertama masuk.</source>
        <translation>The clerk is asked to change this initial password at the first sign-in.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="175"/>
        <source>Akun aktif</source>
        <translation>Account active</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../ui/accounts_view.py" line="87"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="87"/>
        <source>nonaktif</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="89"/>
        <source>dikunci sampai {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="92"/>
        <source> · harus ganti kata sandi</source>
        <translation> · must change password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="119"/>
        <source>Akun dibuat.</source>
        <translation>Account created.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="130"/>
        <source>Akun diubah.</source>
        <translation>Account updated.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="139"/>
        <source>Kata sandi {username} diatur ulang; kuncinya dibuka.</source>
        <translation>Password for {username} reset; the account is unlocked.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="158"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="158"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="158"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="158"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="158"/>
        <source>Magang</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="159"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="160"/>
        <source>&amp;Tambah akun…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="161"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_view.py" line="162"/>
        <source>Atur ulang &amp;kata sandi…</source>
        <translation>Reset &amp;password…</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="204"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="204"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="205"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="205"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="210"/>
        <source>Akun admin</source>
        <translation>Admin account</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="211"/>
        <source>Admin pertama meja ini; admin lalu membuat akun petugas dan supervisor.</source>
        <translation>This desk&apos;s first admin; the admin then creates the clerk and supervisor accounts.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/attachments_panel.py" line="65"/>
        <source>Tambah &amp;berkas…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_panel.py" line="66"/>
        <source>Hapus lampiran</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_panel.py" line="67"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_panel.py" line="68"/>
        <source>Tambah berkas lampiran</source>
        <translation>Add an attachment file</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_panel.py" line="72"/>
        <source>Pilih berkas lampiran</source>
        <translation>Choose attachment files</translation>
    </message>
    <message>
        <location filename="../../ui/attachments_panel.py" line="73"/>
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
    <name>AuditView</name>
    <message>
        <location filename="../../ui/audit_view.py" line="164"/>
        <source>{count} entri ditampilkan.</source>
        <translation>{count} entries shown.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="174"/>
        <source>Memeriksa rantai jejak audit…</source>
        <translation>Checking the audit trail chain…</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="183"/>
        <source>Rantai utuh: {count} entri diperiksa, tidak ada yang diubah atau dihapus.</source>
        <translation>Chain intact: {count} entries checked, none changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="189"/>
        <source>Jejak audit telah diubah di luar aplikasi ({count} masalah):</source>
        <translation>The audit trail was changed outside the application ({count} problems):</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="192"/>
        <source>…dan {more} lagi.</source>
        <translation>…and {more} more.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="202"/>
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="205"/>
        <source>&amp;Tindakan</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="206"/>
        <source>&amp;Pengguna</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="207"/>
        <source>Sa&amp;saran</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="208"/>
        <source>mis. complaint:12 atau account:budi</source>
        <translation>e.g. complaint:12 or account:budi</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="209"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="210"/>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="211"/>
        <source>Muat lagi</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="212"/>
        <source>Periksa &amp;rantai</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="214"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="214"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="214"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="214"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="214"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="215"/>
        <source>Sasaran dan rincian</source>
        <translation>Target and details</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/data_safety.py" line="149"/>
        <source>Cadangan database</source>
        <translation>Database backup</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="150"/>
        <source>Simpan ke (kosong = folder cadangan)</source>
        <translation>Save to (empty = the backup folder)</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="150"/>
        <source>Enkripsi</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="150"/>
        <source>Kata sandi</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="151"/>
        <source>Ulangi kata sandi</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="151"/>
        <source>Pulihkan dari berkas</source>
        <translation>Restore from file</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="154"/>
        <source>untuk dibawa keluar (flashdisk)</source>
        <translation>to take off the PC (USB stick)</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="155"/>
        <source>Cadangan dari meja lain (kode meja berbeda)</source>
        <translation>A backup from another desk (a different desk code)</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="156"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="157"/>
        <source>&amp;Pulihkan…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="158"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="189"/>
        <source>Mencadangkan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="197"/>
        <source>Cadangan tersimpan dan sudah diperiksa: {path}</source>
        <translation>Backup written and checked: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="209"/>
        <source>Database meja akan diganti dengan {file}. Berkas sekarang disimpan di folder cadangan. Aplikasi ditutup sesudahnya. Lanjutkan?</source>
        <translation>The desk database will be replaced with {file}. The current file is kept in the backup folder. The application closes afterwards. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="231"/>
        <source>Memeriksa cadangan…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="237"/>
        <source>Memulihkan…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="264"/>
        <source>Database dipulihkan dari {file} ({count} pengaduan). Buka lapor-desk lagi.</source>
        <translation>Database restored from {file} ({count} complaints). Open lapor-desk again.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/calendar_view.py" line="44"/>
        <source>Impor hari tutup</source>
        <translation>Import closure days</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="45"/>
        <source>Daftar tanggal (*.csv *.txt);;Semua berkas (*)</source>
        <translation>Date lists (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="162"/>
        <source>Hari kerja meja: Senin–Jumat, kecuali libur nasional dan cuti bersama menurut SKB 3 Menteri, dan hari tutup yang ditambahkan di sini. Setiap perubahan menggeser tenggat pengaduan yang masih berjalan.</source>
        <translation>The desk&apos;s working days: Monday to Friday, except national holidays and joint leave days set by the three ministers&apos; decree (SKB 3 Menteri), and the closures added here. Every change moves the deadlines of open complaints.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="165"/>
        <source>Hari tutup meja (cuti bersama, tutup daerah)</source>
        <translation>Desk closure days (joint leave, regional closures)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="166"/>
        <location filename="../../ui/calendar_view.py" line="186"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="166"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="166"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="167"/>
        <source>Hari tutup meja</source>
        <translation>Desk closure days</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="168"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="169"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="170"/>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="171"/>
        <source>mis. HUT Kabupaten, banjir</source>
        <translation>e.g. regency anniversary, flood</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="177"/>
        <source>T&amp;ambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="178"/>
        <source>&amp;Hapus yang dipilih</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="179"/>
        <source>&amp;Impor dari berkas…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="181"/>
        <source>Satu tanggal per baris: tanggal,jenis,keterangan, mis. 2026-12-31,tutup_daerah,HUT Kabupaten. Jenis: cuti_bersama atau tutup_daerah.</source>
        <translation>One date per line: date,type,note, e.g. 2026-12-31,tutup_daerah,Regency anniversary. Type: cuti_bersama or tutup_daerah.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="183"/>
        <source>Baris yang salah</source>
        <translation>Lines with errors</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="184"/>
        <source>Libur nasional dan cuti bersama</source>
        <translation>National holidays and joint leave</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="185"/>
        <source>Ta&amp;hun:</source>
        <translation>Yea&amp;r:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="186"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="187"/>
        <source>Libur nasional</source>
        <translation>National holidays</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="189"/>
        <source>Cuti bersama atau libur yang belum ada di daftar ini: tambahkan sebagai hari tutup.</source>
        <translation>Joint leave or holidays missing from this list: add them as closure days.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="193"/>
        <source>Cuti bersama</source>
        <translation>Joint leave</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="194"/>
        <source>Tutup daerah</source>
        <translation>Regional closure</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="244"/>
        <source>Tidak ada lagi tahun ini</source>
        <translation>No more this year</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="246"/>
        <source>Tidak ada data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="284"/>
        <source>Ditambahkan: {day}.</source>
        <translation>Added: {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="286"/>
        <source>Tanggal {day} sudah ada di daftar.</source>
        <translation>{day} is already in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="296"/>
        <source>Dihapus: {day}.</source>
        <translation>Removed: {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="296"/>
        <source>Tanggal {day} sudah tidak ada di daftar.</source>
        <translation>{day} is no longer in the list.</translation>
    </message>
</context>
<context>
    <name>CentralPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="107"/>
        <source>&amp;Uji koneksi</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="110"/>
        <source>Hasil uji koneksi</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="114"/>
        <source>Alamat pusat</source>
        <translation>Central address</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="115"/>
        <source>Token meja</source>
        <translation>Desk token</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="125"/>
        <source>Pusat LAPOR!</source>
        <translation>LAPOR! central</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="126"/>
        <source>Alamat dan token meja dari admin pusat. Kosongkan keduanya untuk mendaftar nanti (perintah lapor-desk register).</source>
        <translation>The address and desk token from the central&apos;s admin. Leave both empty to register later (the lapor-desk register command).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="149"/>
        <source>Menghubungi pusat…</source>
        <translation>Contacting the central…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/account_dialogs.py" line="123"/>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="126"/>
        <source>Admin mengatur ulang kata sandi Anda. Buat kata sandi baru sebelum melanjutkan; Batal berarti keluar akun.</source>
        <translation>An admin reset your password. Choose a new one before you go on; Cancel signs you out.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="129"/>
        <source>Kata sandi &amp;lama</source>
        <translation>&amp;Old password</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="130"/>
        <source>Kata sandi &amp;baru</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="131"/>
        <source>&amp;Ulangi kata sandi baru</source>
        <translation>&amp;Confirm new password</translation>
    </message>
</context>
<context>
    <name>ComplaintView</name>
    <message>
        <location filename="../../ui/complaint_view.py" line="55"/>
        <source>Pengaduan {receipt}</source>
        <translation>Complaint {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="55"/>
        <source>(draf)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="58"/>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="61"/>
        <source>No. tanda terima</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="61"/>
        <source>(belum, masih draf)</source>
        <translation>(none yet, still a draft)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="63"/>
        <source>Jenis laporan</source>
        <translation>Report type</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="64"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="65"/>
        <source>Diterima pada</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="66"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="67"/>
        <source>Tanggal kejadian</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="68"/>
        <source>Lokasi kejadian</source>
        <translation>Incident location</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="69"/>
        <source>Kode wilayah</source>
        <translation>Region codes</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="71"/>
        <source>Koordinat</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="72"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="73"/>
        <source>Instansi tujuan</source>
        <translation>Target agency</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="73"/>
        <source>Belum diketahui</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="74"/>
        <source>Anonim</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="75"/>
        <source>Rahasia</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="76"/>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="77"/>
        <source>Nomor LAPOR!</source>
        <translation>LAPOR! number</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="77"/>
        <source>Belum (menunggu kirim ke pusat)</source>
        <translation>Not yet (waiting to be sent to the central)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="80"/>
        <source>Duplikat dari</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="86"/>
        <location filename="../../ui/complaint_view.py" line="218"/>
        <source>Tenggat berikutnya</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="89"/>
        <location filename="../../ui/complaint_view.py" line="90"/>
        <source>Isi / kronologi</source>
        <translation>Body / chronology</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="92"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="95"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="95"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="96"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="97"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="97"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="98"/>
        <source>Persetujuan data pribadi</source>
        <translation>Personal data consent</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="99"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="100"/>
        <source>Kelompok usia</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="101"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="102"/>
        <source>Jenis disabilitas</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="103"/>
        <source>Kebutuhan aksesibilitas</source>
        <translation>Accessibility needs</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="104"/>
        <source>Datang dengan pendamping</source>
        <translation>Came with a companion</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="105"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="110"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="110"/>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="110"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="118"/>
        <location filename="../../ui/complaint_view.py" line="155"/>
        <source>Riwayat</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="132"/>
        <source>(nomor LAPOR! {tracking})</source>
        <translation>(LAPOR! number {tracking})</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="135"/>
        <source>(keterangan tambahan)</source>
        <translation>(supplement)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="138"/>
        <source>(kepuasan {rating}/5)</source>
        <translation>(satisfaction {rating}/5)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="143"/>
        <location filename="../../ui/complaint_view.py" line="153"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="151"/>
        <source>Tidak ada lampiran</source>
        <translation>No attachments</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="159"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="162"/>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="167"/>
        <source>Cetak &amp;ulang tanda terima</source>
        <translation>Re&amp;print receipt</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="168"/>
        <source>Simpan tanda terima (&amp;PDF)</source>
        <translation>Save receipt (&amp;PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="169"/>
        <source>Catat &amp;tanggapan pelapor</source>
        <translation>Record reporter&apos;s &amp;reply</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="174"/>
        <source>Pusat sudah memproses pengaduan ini ({status}); perubahan dari meja tidak diterima lagi. Keterangan baru dari pelapor dikirim sebagai keterangan tambahan.</source>
        <translation>The central is already handling this complaint ({status}); desk changes are no longer accepted. New information from the reporter goes as a supplement.</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="179"/>
        <source>Tambah &amp;keterangan</source>
        <translation>Add a &amp;supplement</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_view.py" line="193"/>
        <source>Riwayat kirim ke pusat</source>
        <translation>Sending history</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard.py" line="298"/>
        <source>Dasbor hanya untuk supervisor dan admin.</source>
        <translation>The dashboard is for supervisors and admins only.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="304"/>
        <source>Angka periode ini tidak dapat dimuat.</source>
        <translation>This period&apos;s figures could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="324"/>
        <source>Periode {start} s.d. {end} · {count} pengaduan (tanpa draf)</source>
        <translation>Period {start} to {end} · {count} complaints (excluding drafts)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="327"/>
        <source>Tidak ada pengaduan yang diterima pada periode ini.</source>
        <translation>No complaints were received in this period.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="331"/>
        <source>Menurut status</source>
        <translation>By status</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="332"/>
        <source>Menurut kanal</source>
        <translation>By channel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="333"/>
        <source>Menurut jenis laporan</source>
        <translation>By report type</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="334"/>
        <source>Sangat puas (5)</source>
        <translation>Very satisfied (5)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="334"/>
        <source>Puas (4)</source>
        <translation>Satisfied (4)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="334"/>
        <source>Cukup (3)</source>
        <translation>Fair (3)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="335"/>
        <source>Kurang puas (2)</source>
        <translation>Dissatisfied (2)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="335"/>
        <source>Tidak puas (1)</source>
        <translation>Very dissatisfied (1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="336"/>
        <source>Penilaian pelapor</source>
        <translation>Reporters&apos; ratings</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="339"/>
        <source>Topik terbanyak</source>
        <translation>Top topics</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="341"/>
        <source>Kecamatan terbanyak</source>
        <translation>Top districts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="350"/>
        <source>{title} ({shown} dari {count})</source>
        <translation>{title} ({shown} of {count})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="368"/>
        <source>Tidak diisi</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="375"/>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="381"/>
        <source>{days} HK</source>
        <translation>{days} working days</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="383"/>
        <source>{mean} dari 5</source>
        <translation>{mean} of 5</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="388"/>
        <source>Selesai: {completed}</source>
        <translation>Completed: {completed}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="389"/>
        <source>Selesai dibagi semua pengaduan periode ini</source>
        <translation>Completed out of all complaints in this period</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="390"/>
        <source>Tepat waktu {on_time}, terlambat {late}, belum ditindaklanjuti dan lewat tenggat {open}; belum jatuh tempo {pending}</source>
        <translation>On time {on_time}, late {late}, not followed up and overdue {open}; not yet due {pending}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="393"/>
        <source>Dari {count} pengaduan yang sudah ditindaklanjuti</source>
        <translation>Of {count} complaints with a follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="394"/>
        <source>Dari {count} penilaian pelapor</source>
        <translation>Of {count} reporter ratings</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="395"/>
        <source>Pengaduan periode ini yang kini lewat tenggat</source>
        <translation>Complaints from this period that are now overdue</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="423"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="423"/>
        <source>Kelompok usia</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="423"/>
        <source>Pemuda</source>
        <translation>Youth</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="424"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="424"/>
        <source>Jenis disabilitas</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="425"/>
        <source>Pendampingan</source>
        <translation>Companion</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="430"/>
        <source>Pemuda (16-30 tahun)</source>
        <translation>Youth (16-30 years)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="430"/>
        <source>Bukan pemuda</source>
        <translation>Not youth</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="431"/>
        <source>Didampingi</source>
        <translation>With a companion</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="431"/>
        <source>Tidak didampingi</source>
        <translation>Without a companion</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="461"/>
        <source>&amp;Rentang</source>
        <translation>&amp;Range</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="462"/>
        <source>&amp;Bulan</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="463"/>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="464"/>
        <source>Satu bulan</source>
        <translation>One month</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="465"/>
        <source>12 bulan terakhir</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="474"/>
        <source>12 bulan terakhir: dua belas bulan sampai dengan bulan yang dipilih</source>
        <translation>Last 12 months: the twelve months up to the chosen month</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="475"/>
        <source>&amp;Muat ulang</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="476"/>
        <source>Menghitung…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="477"/>
        <source>Sedang menghitung angka</source>
        <translation>Calculating the figures</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="478"/>
        <source>&amp;Ekspor rekap bulanan…</source>
        <translation>&amp;Export monthly recap…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="479"/>
        <source>Jumlah pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="479"/>
        <source>Tingkat penyelesaian</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="480"/>
        <source>Kepatuhan tenggat tindak lanjut pertama</source>
        <translation>First follow-up on time</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="481"/>
        <source>Median hari kerja sampai tindak lanjut pertama</source>
        <translation>Median working days to first follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="482"/>
        <source>Rata-rata kepuasan pelapor</source>
        <translation>Average reporter satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="483"/>
        <source>Lewat tenggat saat ini</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="488"/>
        <source>Data inklusi</source>
        <translation>Inclusion data</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="489"/>
        <source>Menurut desa/kelurahan</source>
        <translation>By village</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="492"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="492"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="492"/>
        <location filename="../../ui/dashboard.py" line="494"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="493"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="493"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="496"/>
        <source>Angka 1 sampai 4 ditampilkan sebagai &quot;&lt;5&quot; agar tidak ada warga yang dapat dikenali.</source>
        <translation>Counts of 1 to 4 are shown as &quot;&lt;5&quot; so that no citizen can be identified.</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../ui/data_safety.py" line="71"/>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="72"/>
        <source>Cadangkan dan pulihkan…</source>
        <translation>Back up and restore…</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>Tindak lanjut pertama</source>
        <translation>First follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>Penyelesaian kasus</source>
        <translation>Case completion</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165"/>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>Segera jatuh tempo</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="167"/>
        <source>Sesuai jadwal</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>lewat tenggat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <source>lewat {days} HK</source>
        <translation>{days} WD overdue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <source>lewat {days} hari kerja</source>
        <translation>{days} working days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>besok</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185"/>
        <source>sebelum hari kerja berikutnya</source>
        <translation>before the next working day</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187"/>
        <source>{days} HK lagi</source>
        <translation>in {days} WD</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>{days} hari kerja lagi</source>
        <translation>in {days} working days</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>{stage}: jatuh tempo {date} ({when}) — {state}</source>
        <translation>{stage}: due {date} ({when}) — {state}</translation>
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
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/account_dialogs.py" line="113"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="154"/>
        <source>Impor pengaduan lama</source>
        <translation>Import old complaints</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="155"/>
        <source>Berkas CSV, JSONL atau XLSX</source>
        <translation>A CSV, JSONL or XLSX file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="156"/>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="157"/>
        <source>Simpan hanya jika semua baris benar</source>
        <translation>Save only if every row is good</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="158"/>
        <source>&amp;Periksa</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="159"/>
        <source>&amp;Impor baris yang benar</source>
        <translation>&amp;Import the good rows</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="160"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="161"/>
        <source>Baris pertama:</source>
        <translation>First rows:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="162"/>
        <source>Masalah:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Pilih berkas</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="166"/>
        <source>Data pengaduan (*.csv *.jsonl *.ndjson *.xlsx)</source>
        <translation>Complaint data (*.csv *.jsonl *.ndjson *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="183"/>
        <source>{rows} baris diperiksa…</source>
        <translation>{rows} rows checked…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="183"/>
        <source>{rows} pengaduan disimpan…</source>
        <translation>{rows} complaints saved…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="191"/>
        <source>Pilih berkas dulu.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="222"/>
        <source>Baris</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="222"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="222"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="228"/>
        <source>Diperiksa: {rows} baris; {bad} bermasalah. Belum ada yang disimpan.</source>
        <translation>Checked: {rows} rows; {bad} with problems. Nothing saved yet.</translation>
    </message>
</context>
<context>
    <name>ImportUi</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="87"/>
        <source>&amp;Impor pengaduan lama…</source>
        <translation>&amp;Import old complaints…</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake_form.py" line="264"/>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="264"/>
        <source>Lokasi dan tujuan</source>
        <translation>Location and target</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="265"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="265"/>
        <source>Data inklusi (opsional, dengan persetujuan)</source>
        <translation>Inclusion data (optional, with consent)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="266"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="270"/>
        <source>&amp;Jenis laporan</source>
        <translation>Report &amp;type</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="270"/>
        <source>&amp;Kanal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="270"/>
        <source>J&amp;udul</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="271"/>
        <source>&amp;Isi / kronologi</source>
        <translation>&amp;Body / chronology</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="271"/>
        <source>&amp;Tanggal kejadian</source>
        <translation>Incident &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="272"/>
        <source>Diterima pada</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="272"/>
        <source>&amp;Lokasi kejadian</source>
        <translation>Incident &amp;location</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="273"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="273"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="274"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="274"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="275"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="276"/>
        <source>Lintang</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="276"/>
        <source>Bujur</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="276"/>
        <source>Kategori (topik)</source>
        <translation>Category (topic)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="277"/>
        <source>Instansi tujuan (boleh kosong)</source>
        <translation>Target agency (may be left empty)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="277"/>
        <source>&amp;Nama sesuai KTP</source>
        <translation>&amp;Name as on the ID card</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="278"/>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="278"/>
        <source>Tele&amp;pon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="278"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="279"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="279"/>
        <source>Anonim (identitas dirahasiakan)</source>
        <translation>Anonymous (identity withheld)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="280"/>
        <source>Rahasia (isi tidak dipublikasikan)</source>
        <translation>Confidential (content not published)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="281"/>
        <source>Pelapor setuju data pribadinya diproses</source>
        <translation>Reporter consents to processing of personal data</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="282"/>
        <source>Pelapor setuju memberi data inklusi</source>
        <translation>Reporter consents to giving inclusion data</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="282"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="283"/>
        <source>Kelompok usia</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="284"/>
        <source>Pelapor setuju memberi data disabilitas</source>
        <translation>Reporter consents to giving disability data</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="285"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="285"/>
        <source>Jenis disabilitas</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="286"/>
        <source>Kebutuhan aksesibilitas</source>
        <translation>Accessibility needs</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="287"/>
        <source>Datang dengan pendamping</source>
        <translation>Came with a companion</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="287"/>
        <source>Nama petugas</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="288"/>
        <source>NIP petugas</source>
        <translation>Officer NIP</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="299"/>
        <source>Simpan &amp;draf</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="300"/>
        <source>Simpan apa adanya (Ctrl+S)</source>
        <translation>Save as it is (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="301"/>
        <source>&amp;Catat pengaduan</source>
        <translation>&amp;Record complaint</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="302"/>
        <source>Periksa lalu catat dan terbitkan tanda terima (Ctrl+Enter)</source>
        <translation>Check, then record and issue a receipt (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="303"/>
        <source>Formulir &amp;baru</source>
        <translation>&amp;New form</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="304"/>
        <source>Ce&amp;tak tanda terima</source>
        <translation>&amp;Print receipt</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="305"/>
        <source>Cetak tanda terima pengaduan yang baru dicatat (Ctrl+P)</source>
        <translation>Print the receipt of the complaint just recorded (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="306"/>
        <source>Simpan tanda terima (PDF)</source>
        <translation>Save receipt (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="400"/>
        <source>NIK tersimpan disembunyikan. Biarkan untuk tetap memakainya, atau ketik NIK baru untuk menggantinya.</source>
        <translation>The stored NIK is hidden. Leave it to keep it, or type a new NIK to replace it.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="416"/>
        <source>Mengubah {receipt}</source>
        <translation>Editing {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="417"/>
        <source>draf #{id}</source>
        <translation>draft #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="522"/>
        <source>Tunggu sebentar: penyimpanan masih berjalan.</source>
        <translation>One moment: a save is still under way.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="535"/>
        <source>Tunggu sebentar: lampiran masih diperiksa.</source>
        <translation>One moment: the attachments are still being checked.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="559"/>
        <source>Pengaduan tercatat. Nomor tanda terima: {receipt}</source>
        <translation>Complaint recorded. Receipt number: {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="569"/>
        <source>Draf #{id} tersimpan.</source>
        <translation>Draft #{id} saved.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="579"/>
        <source>Gagal menyimpan: {error}. Isian formulir tetap ada.</source>
        <translation>Could not save: {error}. The form keeps what was typed.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.py" line="586"/>
        <source>Periksa {count} isian yang ditandai.</source>
        <translation>Check the {count} marked fields.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Tercatat (antre kirim)</source>
        <translation>Recorded (queued to send)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Belum Terverifikasi</source>
        <translation>Not yet verified</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Dalam Proses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Tunda</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Bukan Wewenang</source>
        <translation>Not our authority</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Aspirasi</source>
        <translation>Aspiration</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Permintaan Informasi</source>
        <translation>Information request</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Tatap muka</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Kotak saran</source>
        <translation>Suggestion box</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>SMS 1708</source>
        <translation>SMS 1708</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Aplikasi</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Media sosial</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Di bawah 16</source>
        <translation>Under 16</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>16-30 (pemuda)</source>
        <translation>16-30 (youth)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>31-45</source>
        <translation>31-45</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>46-60</source>
        <translation>46-60</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Di atas 60</source>
        <translation>Over 60</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Tidak bersedia menjawab</source>
        <translation>Prefers not to say</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Fisik</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Intelektual</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Sensorik</source>
        <translation>Sensory</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Diubah</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Dicatat, tanda terima diterbitkan</source>
        <translation>Recorded, receipt issued</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Diimpor dari data lama</source>
        <translation>Imported from legacy data</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Ditandai sebagai duplikat</source>
        <translation>Marked as a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Tanggapan pelapor</source>
        <translation>Reporter&apos;s reply</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Tanda terima dicetak atau disimpan</source>
        <translation>Receipt printed or saved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Data pribadi dihapus (retensi)</source>
        <translation>Personal data removed (retention)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Terkirim ke pusat</source>
        <translation>Sent to the central</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Status dari pusat</source>
        <translation>Status from the central</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Tindak lanjut instansi</source>
        <translation>Agency follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Catatan pusat</source>
        <translation>Central note</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>Petugas</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>Sistem</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Masuk</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Gagal masuk</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>Akun dikunci</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Keluar</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>Melihat data pribadi</source>
        <translation>Personal data viewed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>Membuat pengaduan</source>
        <translation>Complaint created</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139"/>
        <source>Mengubah pengaduan</source>
        <translation>Complaint edited</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>Perubahan status</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Perubahan pengaturan</source>
        <translation>Settings change</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Perubahan akun</source>
        <translation>Account change</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Perubahan kalender</source>
        <translation>Calendar change</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Keputusan tinjauan</source>
        <translation>Review decision</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <source>Pemulihan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>Penghapusan data pribadi (retensi)</source>
        <translation>Removal of personal data (retention)</translation>
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
        <location filename="../../ui/lookup_view.py" line="91"/>
        <source>{count} pengaduan ditemukan. Enter untuk membuka.</source>
        <translation>{count} complaints found. Enter opens one.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_view.py" line="97"/>
        <source>Tidak ada pengaduan dengan nomor, NIK atau telepon itu.</source>
        <translation>No complaint has that number, NIK or phone.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Dasbor</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Jejak a&amp;udit</source>
        <translation>A&amp;udit trail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>A&amp;kun</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Ka&amp;lender kerja</source>
        <translation>&amp;Working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Tin&amp;jauan</source>
        <translation>Re&amp;view</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>A&amp;kun</source>
        <comment>tab: staff accounts</comment>
        <translation>A&amp;ccounts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Isian formulir belum bisa disimpan sebagai draf, jadi belum keluar: {reason}</source>
        <translation>The form could not be saved as a draft, so you are still signed in: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>lapor-desk — Meja Pengaduan {desk}</source>
        <translation>lapor-desk — Complaint Desk {desk}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>Pengaduan &amp;baru</source>
        <translation>&amp;New complaint</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461"/>
        <source>&amp;Antrean</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>&amp;Warga kembali</source>
        <translation>&amp;Returning citizen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Pengaduan baru</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>Cari di antrean</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>Bahasa / Language</source>
        <translation>Bahasa / Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>Tentang lapor-desk</source>
        <translation>About lapor-desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Ganti kata sandi…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>Kunci layar</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>Keluar akun</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>Masuk: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="486"/>
        <source>Meja {desk} · membuka database…</source>
        <translation>Desk {desk} · opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="488"/>
        <source>Meja {desk}</source>
        <translation>Desk {desk}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="553"/>
        <source>Tanggapan pelapor dicatat.</source>
        <translation>Reporter&apos;s reply recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="584"/>
        <source>Dikembalikan supervisor dengan catatan: {note}</source>
        <translation>Returned by a supervisor with a note: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="595"/>
        <source>{count} pengaduan Anda dikembalikan supervisor: {items}. Buka dari Antrean, perbaiki, lalu catat lagi.</source>
        <translation>{count} of your complaints were returned by a supervisor: {items}. Open them from the Queue, fix them, then record them again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="604"/>
        <source>lapor-desk {version}
Meja pengaduan SP4N-LAPOR! yang tetap bekerja tanpa jaringan.</source>
        <translation>lapor-desk {version}
The SP4N-LAPOR! complaint desk that keeps working without a network.</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionPanel</name>
    <message>
        <location filename="../../ui/needs_attention.py" line="71"/>
        <source>Pendaftaran meja</source>
        <translation>Desk registration</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="82"/>
        <source>Pusat sudah memproses pengaduan ini ({status}); perubahan dari meja ditolak.</source>
        <translation>The central is already handling this complaint ({status}); the desk&apos;s change was refused.</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="115"/>
        <source>Hanya supervisor atau admin.</source>
        <translation>Supervisors and admins only.</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="125"/>
        <source>Yang perlu dilakukan: admin memasukkan token meja yang baru dari admin pusat.</source>
        <translation>What to do: an admin enters the desk&apos;s new token from the central&apos;s admin.</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="127"/>
        <source>Yang perlu dilakukan: {todo}</source>
        <translation>What to do: {todo}</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="141"/>
        <source>{count} masalah dari pusat perlu ditangani. Pilih satu, lalu pilih tindakannya.</source>
        <translation>{count} problems from the central need handling. Pick one, then its action.</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="144"/>
        <source>Tidak ada pengaduan yang perlu diperbaiki.</source>
        <translation>No complaint needs fixing.</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="146"/>
        <source>Buka dan perbaiki</source>
        <translation>Open and fix</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="147"/>
        <source>Kirim ulang sebagai revisi baru</source>
        <translation>Send again as a new revision</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="148"/>
        <source>Kirim sebagai keterangan tambahan…</source>
        <translation>Send as a supplement…</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="149"/>
        <source>Batalkan perubahan (pakai versi pusat)…</source>
        <translation>Discard the change (use the central&apos;s version)…</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="150"/>
        <source>Kirim ulang tanggapan</source>
        <translation>Send the reply again</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="151"/>
        <source>Simpan hanya di meja</source>
        <translation>Keep at the desk only</translation>
    </message>
    <message>
        <location filename="../../ui/needs_attention.py" line="152"/>
        <source>Daftarkan ulang meja…</source>
        <translation>Register the desk again…</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="70"/>
        <source>Meja dan kantor</source>
        <translation>Desk and office</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="71"/>
        <source>Kode meja dipakai di setiap nomor tanda terima; nama, alamat dan telepon kantor dicetak di kop tanda terima.</source>
        <translation>The desk code is part of every receipt number; the office&apos;s name, address and phone are printed in the receipt&apos;s letterhead.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="142"/>
        <source>No. tanda terima</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="142"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="143"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="143"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="143"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="144"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="144"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="144"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="145"/>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="159"/>
        <source>(draf #{id})</source>
        <translation>(draft #{id})</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="171"/>
        <source> (anonim)</source>
        <translation> (anonymous)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ui/queue_view.py" line="99"/>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="100"/>
        <source>kata dalam judul, isi atau lokasi</source>
        <translation>words in the title, body or location</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="101"/>
        <source>Cari pengaduan</source>
        <translation>Search complaints</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="102"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="103"/>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="104"/>
        <source>Semua kanal</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="105"/>
        <source>Semua tenggat</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="106"/>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="107"/>
        <source>Lewat atau ≤ 1 hari kerja lagi</source>
        <translation>Overdue or ≤ 1 working day left</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="109"/>
        <source>Tenggat berikutnya dihitung dalam hari kerja, menurut kalender meja.</source>
        <translation>The next deadline is counted in working days, by the desk&apos;s calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="110"/>
        <source>Saring status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="111"/>
        <source>Saring jenis</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="112"/>
        <source>Saring kanal</source>
        <translation>Filter by channel</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="113"/>
        <source>Saring tenggat</source>
        <translation>Filter by deadline</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="114"/>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="115"/>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="116"/>
        <source>Sampai tanggal</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="117"/>
        <source>Antrean pengaduan</source>
        <translation>Complaint queue</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="167"/>
        <source>Ketik kata untuk dicari; tanda baca saja tidak bisa dicari.</source>
        <translation>Type words to search for; punctuation alone cannot be searched.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="170"/>
        <source>{count}{more} pengaduan ditampilkan</source>
        <translation>{count}{more} complaints shown</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <location filename="../../ui/receipt_actions.py" line="50"/>
        <source>Simpan tanda terima</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.py" line="52"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.py" line="88"/>
        <source>Tanda terima tidak bisa disimpan ke {path}: {reason}</source>
        <translation>The receipt could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.py" line="92"/>
        <source>Tanda terima disimpan: {path}</source>
        <translation>Receipt saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.py" line="104"/>
        <source>Printer tidak ditemukan; tanda terima disimpan sebagai PDF.</source>
        <translation>No printer found; the receipt is saved as a PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.py" line="116"/>
        <source>Printer tidak siap; tanda terima disimpan sebagai PDF.</source>
        <translation>The printer is not ready; the receipt is saved as a PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.py" line="123"/>
        <source>Pencetakan gagal; tanda terima disimpan sebagai PDF.</source>
        <translation>Printing failed; the receipt is saved as a PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_actions.py" line="126"/>
        <source>Tanda terima dikirim ke printer.</source>
        <translation>Receipt sent to the printer.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/resolve_dialogs.py" line="48"/>
        <source>Daftarkan ulang meja</source>
        <translation>Register the desk again</translation>
    </message>
    <message>
        <location filename="../../ui/resolve_dialogs.py" line="50"/>
        <source>Alamat pusat</source>
        <translation>Central address</translation>
    </message>
    <message>
        <location filename="../../ui/resolve_dialogs.py" line="53"/>
        <source>Token meja</source>
        <translation>Desk token</translation>
    </message>
    <message>
        <location filename="../../ui/resolve_dialogs.py" line="55"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/resolve_dialogs.py" line="56"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/resolve_dialogs.py" line="60"/>
        <source>&amp;Alamat pusat</source>
        <translation>Central &amp;address</translation>
    </message>
    <message>
        <location filename="../../ui/resolve_dialogs.py" line="61"/>
        <source>&amp;Token meja</source>
        <translation>Desk &amp;token</translation>
    </message>
</context>
<context>
    <name>RegisterWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="305"/>
        <source>Daftarkan meja ke pusat</source>
        <translation>Register the desk with the central</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="310"/>
        <source>&amp;Daftarkan</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="311"/>
        <source>Batal</source>
        <translation>Cancel</translation>
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
    <name>ReportExportDialog</name>
    <message>
        <location filename="../../ui/report_export.py" line="181"/>
        <source>Hanya admin yang dapat menyertakan data pribadi.</source>
        <translation>Only an admin can include personal data.</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="183"/>
        <source>PDF hanya berisi angka rekap; daftar pengaduan ada di XLSX dan CSV.</source>
        <translation>The PDF holds the recap figures only; the list of complaints is in XLSX and CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="185"/>
        <source>Berkas akan berisi nama, NIK dan kontak pelapor (UU PDP 27/2022). Simpan hanya di tempat yang aman; ekspor ini dicatat di jejak audit.</source>
        <translation>The file will hold reporters&apos; names, NIKs and contacts (UU PDP 27/2022). Keep it only somewhere safe; this export is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="188"/>
        <source>Tanpa data pribadi: nama, NIK dan kontak pelapor tidak ikut.</source>
        <translation>No personal data: reporters&apos; names, NIKs and contacts are left out.</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="200"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="200"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="201"/>
        <source>CSV dengan titik koma (*.csv)</source>
        <translation>CSV with semicolons (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="202"/>
        <source>Simpan rekap bulanan</source>
        <translation>Save monthly recap</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="217"/>
        <source>Menyusun rekap…</source>
        <translation>Preparing the recap…</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="251"/>
        <source>Ekspor rekap bulanan</source>
        <translation>Export monthly recap</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="252"/>
        <source>PDF (untuk dicetak)</source>
        <translation>PDF (for printing)</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="252"/>
        <source>XLSX (Excel)</source>
        <translation>XLSX (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="253"/>
        <source>CSV (titik koma)</source>
        <translation>CSV (semicolons)</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="258"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="259"/>
        <source>&amp;Bulan</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="260"/>
        <source>&amp;Simpan ke</source>
        <translation>&amp;Save to</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="261"/>
        <source>&amp;Pilih…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="262"/>
        <source>Sertakan &amp;data pribadi</source>
        <translation>Include personal &amp;data</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="263"/>
        <source>&amp;Ekspor</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../ui/report_export.py" line="264"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/account_dialogs.py" line="206"/>
        <source>Atur ulang kata sandi {username}</source>
        <translation>Reset password for {username}</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="208"/>
        <source>Kata sandi sementara ini juga membuka kunci akun. Petugas harus menggantinya saat masuk.</source>
        <translation>This temporary password also unlocks the account. The clerk must change it when signing in.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="210"/>
        <source>Kata sandi &amp;sementara</source>
        <translation>&amp;Temporary password</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="211"/>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Confirm password</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../ui/review_view.py" line="113"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="149"/>
        <source>draf #{id}</source>
        <translation>draft #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="159"/>
        <source>{shown} dari {count} pengaduan.</source>
        <translation>{shown} of {count} complaints.</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="160"/>
        <source>Tidak ada yang perlu ditinjau di bagian ini.</source>
        <translation>Nothing to review in this section.</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="185"/>
        <source>Disetujui: pengaduan ikut dikirim.</source>
        <translation>Approved: the complaint will be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="194"/>
        <source>Kembalikan dengan catatan</source>
        <translation>Return with a note</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="195"/>
        <source>Apa yang perlu diperbaiki petugas? Catatan ini tampil di pengaduannya.</source>
        <translation>What should the clerk fix? This note is shown on the complaint.</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="200"/>
        <source>Dikembalikan ke petugas dengan catatan.</source>
        <translation>Returned to the clerk with a note.</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="225"/>
        <source>Catatan: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="235"/>
        <source>Lewat atau dekat tenggat</source>
        <translation>Overdue or due soon</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="236"/>
        <source>Ditolak server pusat</source>
        <translation>Refused by the central server</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="237"/>
        <source>Draf lebih dari sehari</source>
        <translation>Drafts older than a day</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="238"/>
        <source>Menunggu persetujuan</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="245"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="245"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="245"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="245"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="245"/>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="246"/>
        <source>&amp;Buka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="247"/>
        <source>&amp;Setujui</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="248"/>
        <source>&amp;Kembalikan dengan catatan…</source>
        <translation>&amp;Return with a note…</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="249"/>
        <source>Muat lagi</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="250"/>
        <source>Segarkan</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings_view.py" line="119"/>
        <source>Tidak ada yang berubah.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="142"/>
        <source>{saved} pengaturan disimpan; {refused} ditolak (lihat isian bertanda).</source>
        <translation>{saved} settings saved; {refused} refused (see the marked fields).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="143"/>
        <source>{saved} pengaturan disimpan.</source>
        <translation>{saved} settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="154"/>
        <source>&amp;Simpan pengaturan</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="155"/>
        <source>&amp;Batalkan perubahan</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="156"/>
        <source>Daftarkan ke &amp;pusat…</source>
        <translation>Register with the &amp;central…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="235"/>
        <source>Penyiapan meja lapor-desk</source>
        <translation>Setting up the lapor-desk desk</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="244"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="245"/>
        <source>&amp;Berikutnya &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="246"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="247"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="280"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/sign_in.py" line="179"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="191"/>
        <source>Membuka database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="192"/>
        <source>Selamat datang di lapor-desk</source>
        <translation>Welcome to lapor-desk</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="193"/>
        <location filename="../../ui/sign_in.py" line="213"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="194"/>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="197"/>
        <source>Sebentar, meja pengaduan sedang disiapkan.</source>
        <translation>One moment, the complaint desk is getting ready.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="199"/>
        <source>Belum ada akun di meja ini. Buat akun admin pertama; admin lalu membuat akun petugas dan supervisor.</source>
        <translation>This desk has no accounts yet. Create the first admin account; the admin then creates the clerk and supervisor accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="201"/>
        <source>Masuk dengan akun petugas Anda.</source>
        <translation>Sign in with your staff account.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="203"/>
        <source>Sesi {name} terkunci karena lama tidak dipakai. Isian yang belum disimpan tetap ada. Masukkan kata sandi untuk melanjutkan.</source>
        <translation>{name}&apos;s session was locked after a long idle time. Unsaved entries are kept. Enter the password to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="208"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="209"/>
        <source>Nama &amp;lengkap</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="210"/>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="211"/>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Confirm password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="212"/>
        <source>Buat akun admin</source>
        <translation>Create admin account</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="213"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="214"/>
        <source>Masuk sebagai petugas lain</source>
        <translation>Sign in as another user</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <location filename="../../ui/resolve_dialogs.py" line="22"/>
        <source>Tambah keterangan — {receipt}</source>
        <translation>Add a supplement — {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/resolve_dialogs.py" line="27"/>
        <source>Keterangan tambahan</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <location filename="../../ui/resolve_dialogs.py" line="29"/>
        <source>&amp;Kirim ke pusat</source>
        <translation>&amp;Send to the central</translation>
    </message>
    <message>
        <location filename="../../ui/resolve_dialogs.py" line="30"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/resolve_dialogs.py" line="35"/>
        <source>&amp;Keterangan</source>
        <translation>&amp;Supplement</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync_status.py" line="104"/>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="105"/>
        <source>Kirim antrean ke pusat dan ambil pembaruan (F5)</source>
        <translation>Send the queue to the central and fetch updates (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="109"/>
        <source>Belum terdaftar ke pusat</source>
        <translation>Not registered with the central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="108"/>
        <location filename="../../ui/sync_status.py" line="125"/>
        <source>Menunggu: {count}</source>
        <translation>Waiting: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="113"/>
        <source>⚠ Pendaftaran meja perlu diperiksa</source>
        <translation>⚠ Desk registration needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="115"/>
        <source>⟳ Menyinkronkan…</source>
        <translation>⟳ Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="117"/>
        <source>(berkas: {sent} terkirim, {left} lagi)</source>
        <translation>(files: {sent} sent, {left} to go)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="120"/>
        <source>○ Belum dicek</source>
        <translation>○ Not checked yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="122"/>
        <source>● Daring</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="124"/>
        <source>○ Luring</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="127"/>
        <source>(terlama {age})</source>
        <translation>(oldest {age})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="129"/>
        <source>Perlu perhatian: {count}</source>
        <translation>Needs attention: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="131"/>
        <source>Belum pernah sinkron</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="133"/>
        <source>Sinkron terakhir {age}</source>
        <translation>Last sync {age}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="137"/>
        <source>Jam komputer {minutes} menit lebih cepat dari pusat</source>
        <translation>Computer clock {minutes} minutes ahead of the central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="138"/>
        <source>Jam komputer {minutes} menit lebih lambat dari pusat</source>
        <translation>Computer clock {minutes} minutes behind the central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="149"/>
        <source>⚠ Pusat dipulihkan/diganti: {requeued} dikirim ulang, {retracked} nomor LAPOR! baru</source>
        <translation>⚠ Central restored/replaced: {requeued} sent again, {retracked} new LAPOR! numbers</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="153"/>
        <source>Basis data pusat berganti. {checked} pengaduan diperiksa: {confirmed} cocok, {requeued} hilang di pusat dan dikirim ulang (nomor LAPOR! lamanya tidak dipakai lagi), {retracked} mendapat nomor LAPOR! baru, {resent} dilengkapi lagi.</source>
        <translation>The central&apos;s database changed. {checked} complaints checked: {confirmed} matched, {requeued} lost at the central and sent again (their old LAPOR! numbers are no longer used), {retracked} got a new LAPOR! number, {resent} completed again.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="162"/>
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="164"/>
        <source>{n} menit lalu</source>
        <translation>{n} min ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="166"/>
        <source>{n} jam lalu</source>
        <translation>{n} h ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="167"/>
        <source>{n} hari lalu</source>
        <translation>{n} days ago</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="213"/>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="214"/>
        <source>Riwayat kirim</source>
        <translation>Sending history</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="234"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="266"/>
        <source>Tanggapan ini tidak akan dikirim ke pusat dan hanya tersimpan di meja. Lanjutkan?</source>
        <translation>This reply will not be sent to the central and stays at the desk only. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="269"/>
        <source>Perubahan yang ditolak pusat dibuang dan isi versi pusat dipakai lagi. Lanjutkan?</source>
        <translation>The change the central refused is discarded and the central&apos;s content is used again. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="282"/>
        <source>Perubahan dikirim ke pusat sebagai keterangan tambahan, lalu isi pengaduan kembali ke versi pusat.</source>
        <translation>The change goes to the central as a supplement, then the complaint&apos;s content returns to the central&apos;s version.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="296"/>
        <source>Keterangan tambahan untuk pengaduan yang sudah diproses pusat dikirim ke pusat sebagai tanggapan.</source>
        <translation>A supplement to a complaint the central is handling goes to the central as a reply.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="302"/>
        <source>Keterangan tambahan dicatat; dikirim ke pusat pada sinkron berikutnya.</source>
        <translation>Supplement recorded; it goes to the central with the next sync.</translation>
    </message>
</context>
</TS>
