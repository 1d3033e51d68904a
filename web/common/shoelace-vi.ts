import { registerTranslation } from '@shoelace-style/shoelace/dist/utilities/localize.js';
import type { Translation } from '@shoelace-style/shoelace/dist/utilities/localize.js';

// Shoelace ships no Vietnamese: the words its own elements say (the dialog's and the drawer's close
// button, "loading", "remove"…) follow <html lang> once a translation for that language is
// registered (Shoelace's elements say them again when it is). Written in the words of the app's
// glossary. Loaded with the first Shoelace element: with any view but the Workbench, which has
// none (web/app/plc-app.ts), and with the first screen's occasional parts (shoelace-parts.ts).
const vi: Translation = {
  $code: 'vi',
  $name: 'Tiếng Việt',
  $dir: 'ltr',
  carousel: 'Băng chuyền ảnh',
  clearEntry: 'Xóa nội dung',
  close: 'Đóng',
  copied: 'Đã sao chép',
  copy: 'Sao chép',
  currentValue: 'Giá trị hiện tại',
  error: 'Lỗi',
  goToSlide: (slide: number, count: number) => `Đến trang ${slide} trên ${count}`,
  hidePassword: 'Ẩn mật khẩu',
  loading: 'Đang tải',
  nextSlide: 'Trang sau',
  numOptionsSelected: (num: number) => (num === 0 ? 'Chưa chọn mục nào' : `Đã chọn ${num} mục`),
  previousSlide: 'Trang trước',
  progress: 'Tiến độ',
  remove: 'Bỏ',
  resize: 'Đổi kích thước',
  scrollToEnd: 'Cuộn đến cuối',
  scrollToStart: 'Cuộn về đầu',
  selectAColorFromTheScreen: 'Chọn một màu trên màn hình',
  showPassword: 'Hiện mật khẩu',
  slideNum: (slide: number) => `Trang ${slide}`,
  toggleColorFormat: 'Đổi cách ghi màu',
};

registerTranslation(vi);
